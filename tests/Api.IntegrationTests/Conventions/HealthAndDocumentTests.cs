using System.Net;
using System.Text.Json;
using PapiTracker.Api.IntegrationTests.Infrastructure;

namespace PapiTracker.Api.IntegrationTests.Conventions;

public sealed class HealthAndDocumentTests : ApiTest
{
    [Test]
    public async Task ShouldReportLiveAndReady_WhenDatabaseAnswers()
    {
        (await Client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task ShouldDescribeVersionOneWithStableOperationIds()
    {
        var document = JsonDocument.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        var paths = document.GetProperty("paths");
        paths.TryGetProperty("/api/v1/score-releases/{year}/rankings", out var rankings).ShouldBeTrue();
        rankings.GetProperty("get").GetProperty("operationId").GetString().ShouldBe("GetRanking");
        rankings.GetProperty("get").GetProperty("responses").TryGetProperty("404", out _).ShouldBeTrue();
        var import = paths.GetProperty("/api/v1/score-releases/import").GetProperty("post");
        import.GetProperty("operationId").GetString().ShouldBe("ImportScoreRelease");
        foreach (var status in new[] { "400", "413", "415" })
            import.GetProperty("responses").TryGetProperty(status, out _).ShouldBeTrue($"import documents {status}");
    }

    [Test]
    public async Task ShouldServeSwaggerUi()
    {
        using var response = await Client.GetAsync("/swagger/index.html");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("swagger");
    }
}
