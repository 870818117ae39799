using System.Net;
using System.Net.Http.Json;
using PapiTracker.Api.IntegrationTests.Infrastructure;

namespace PapiTracker.Api.IntegrationTests.Webhooks;

/// <summary>
/// With the operator's default settings a subscription's target must be public: loopback, link-local (the cloud's metadata
/// service), private and shared ranges are refused with a field error, whatever name or notation points at them.
/// </summary>
public sealed class WebhookTargetTests : ApiTest
{
    [TestCase("http://127.0.0.1:8080/hooks")]
    [TestCase("http://localhost/hooks")]
    [TestCase("http://[::1]/hooks")]
    [TestCase("http://[::ffff:127.0.0.1]/hooks")]
    [TestCase("http://2130706433/hooks")]
    [TestCase("http://169.254.169.254/latest/meta-data")]
    [TestCase("http://[fe80::1]/hooks")]
    [TestCase("http://10.0.0.7/hooks")]
    [TestCase("http://172.20.1.1/hooks")]
    [TestCase("http://192.168.1.10/hooks")]
    [TestCase("http://100.64.0.1/hooks")]
    [TestCase("http://[fd00::1]/hooks")]
    [TestCase("http://0.0.0.0/hooks")]
    [TestCase("http://no-such-host.invalid/hooks")]
    public async Task ShouldRefuseATargetInsideTheNetwork_UnlessTheOperatorAllowsIt(string url)
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/webhooks", new { name = "Nội bộ", url });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("url")[0].GetString()!.ShouldContain("AllowPrivateTargets");
        (await Client.GetStringAsync("/api/v1/webhooks")).ShouldContain("\"totalCount\":0");
    }

    [TestCase("ftp://example.org/hooks", "url")]
    [TestCase("https://user:secret@example.org/hooks", "url")]
    [TestCase("/hooks", "url")]
    [TestCase("", "url")]
    public async Task ShouldRefuseWhatIsNotAnHttpTarget(string url, string field)
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/webhooks", new { name = "Kho", url });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
    }

    [Test]
    public async Task ShouldRefuseAnUnknownEventTypeOrUnit()
    {
        using var type = await Client.PostAsJsonAsync("/api/v1/webhooks", new { name = "Kho", url = "https://example.org/hooks", eventTypes = new[] { "Nope" } });
        await type.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        using var unit = await Client.PostAsJsonAsync("/api/v1/webhooks", new { name = "Kho", url = "https://example.org/hooks", unitId = 999999 });
        (await unit.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("unitId", out _).ShouldBeTrue();
    }
}
