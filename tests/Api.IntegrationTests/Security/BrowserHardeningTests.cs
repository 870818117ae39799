using System.Net;
using System.Text.RegularExpressions;
using PapiTracker.Api.IntegrationTests.Infrastructure;

namespace PapiTracker.Api.IntegrationTests.Security;

/// <summary>
/// Headers a browser needs on every kind of response (API JSON, problems, the dashboard's index.html,
/// Swagger), HSTS only over HTTPS, CORS closed unless configured, and no internals in an error.
/// </summary>
public sealed partial class BrowserHardeningTests : ApiTest
{
    private const string TrustedOrigin = "https://dashboard.tinh.gov.vn";
    private static string _webRoot = null!;
    private static PapiApiFactory _configured = null!;

    [OneTimeSetUp]
    public static void StartConfiguredApi()
    {
        // The built dashboard is not part of a backend test run: a stand-in index.html, served as the real one is.
        _webRoot = Directory.CreateTempSubdirectory("papi-webroot.").FullName;
        File.WriteAllText(Path.Combine(_webRoot, "index.html"),
            "<!doctype html><html lang=\"vi\"><head><script type=\"module\" src=\"/assets/index.js\"></script></head><body><div id=\"root\"></div></body></html>");
        _configured = new PapiApiFactory(TestRun.ConnectionString, ("webroot", _webRoot), ("Cors:AllowedOrigins:0", TrustedOrigin));
    }

    [OneTimeTearDown]
    public static async Task StopConfiguredApi()
    {
        await _configured.DisposeAsync();
        Directory.Delete(_webRoot, recursive: true);
    }

    private static void ShouldHaveTheCommonHeaders(HttpResponseMessage response)
    {
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"]);
        Csp(response).ShouldContain("frame-ancestors 'none'");
    }

    private static string Csp(HttpResponseMessage response) => string.Join(";", response.Headers.GetValues("Content-Security-Policy"));

    [TestCase("/api/v1/frameworks", HttpStatusCode.OK)]
    [TestCase("/api/v1/no-such-thing", HttpStatusCode.NotFound)]
    [TestCase("/api/v1/score-releases?page=abc", HttpStatusCode.BadRequest)]
    [TestCase("/health/ready", HttpStatusCode.OK)]
    public async Task ShouldHardenApiResponses_SuccessesAndErrorsAlike(string url, HttpStatusCode status)
    {
        using var response = await Client.GetAsync(url);

        response.StatusCode.ShouldBe(status);
        ShouldHaveTheCommonHeaders(response);
        Csp(response).ShouldContain("default-src 'none'");
    }

    [Test]
    public async Task ShouldHardenAnUnauthenticatedRefusal()
    {
        using var response = await Anonymous.GetAsync("/api/v1/me");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        ShouldHaveTheCommonHeaders(response);
    }

    [TestCase("/")]
    [TestCase("/plans/12/actions")]
    public async Task ShouldServeTheDashboard_WithAStrictContentSecurityPolicy(string url)
    {
        using var client = _configured.CreateClient();

        using var response = await client.GetAsync(url);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        ShouldHaveTheCommonHeaders(response);
        var directives = Csp(response).Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d);
        directives["default-src"].ShouldBe("default-src 'self'");
        directives["script-src"].ShouldBe("script-src 'self'");
        directives["object-src"].ShouldBe("object-src 'none'");
        directives["base-uri"].ShouldBe("base-uri 'self'");
        Csp(response).ShouldNotContain("unsafe-eval");
        Csp(response).ShouldNotContain("*");
    }

    [Test]
    public async Task ShouldLetSwaggerUiRun_UnderItsOwnPolicy()
    {
        using var page = await Client.GetAsync("/swagger/index.html");

        await page.ShouldHaveStatusAsync(HttpStatusCode.OK);
        ShouldHaveTheCommonHeaders(page);
        Csp(page).ShouldContain("script-src 'self'");
        // The policy allows no inline script, so Swagger UI must have none.
        InlineScript().IsMatch(await page.Content.ReadAsStringAsync()).ShouldBeFalse("Swagger UI's page has an inline script the policy would block");
    }

    [Test]
    public async Task ShouldSendHsts_OnlyOverHttps()
    {
        using var overHttps = _configured.CreateClient(new() { BaseAddress = new Uri("https://papi.tinh.gov.vn") });
        using var overHttp = _configured.CreateClient(new() { BaseAddress = new Uri("http://papi.tinh.gov.vn") });
        using var behindProxy = new HttpRequestMessage(HttpMethod.Get, "/api/v1/frameworks");
        behindProxy.Headers.Add("X-Forwarded-Proto", "https");

        using var secure = await overHttps.GetAsync("/health/live");
        using var plain = await overHttp.GetAsync("/health/live");
        using var forwarded = await overHttp.SendAsync(behindProxy);

        secure.Headers.GetValues("Strict-Transport-Security").Single().ShouldStartWith("max-age=31536000");
        plain.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
        // Only a proxy on this machine is trusted to say "https"; the test server's caller is not one.
        forwarded.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }

    [Test]
    public async Task ShouldCloseCors_ByDefault()
    {
        using var preflight = Preflight("https://evil.example");
        using var simple = new HttpRequestMessage(HttpMethod.Get, "/api/v1/frameworks");
        simple.Headers.Add("Origin", "https://evil.example");

        using var preflightResponse = await Client.SendAsync(preflight);
        using var simpleResponse = await Client.SendAsync(simple);

        preflightResponse.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
        simpleResponse.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
        ((int)preflightResponse.StatusCode).ShouldBeLessThan(500);
    }

    [Test]
    public async Task ShouldOpenCors_ToTheConfiguredOriginOnly()
    {
        using var client = _configured.CreateClient();
        using var trusted = Preflight(TrustedOrigin);
        using var other = Preflight("https://evil.example");

        using var trustedResponse = await client.SendAsync(trusted);
        using var otherResponse = await client.SendAsync(other);

        trustedResponse.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        trustedResponse.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe([TrustedOrigin]);
        string.Join(",", trustedResponse.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant().ShouldContain("if-match");
        otherResponse.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }

    [Test]
    public async Task ShouldShowNoInternals_InAServerError()
    {
        // A failure nobody planned for: a column the query reads is gone, and PostgreSQL says so in detail.
        await using var connection = new Npgsql.NpgsqlConnection(TestRun.ConnectionString);
        await connection.OpenAsync();
        await using (var rename = new Npgsql.NpgsqlCommand("alter table frameworks rename column code to code_renamed_by_test", connection))
            await rename.ExecuteNonQueryAsync();
        try
        {
            using var response = await Client.GetAsync("/api/v1/frameworks");

            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.InternalServerError);
            var body = problem.GetRawText();
            foreach (var internals in new[] { "Exception", "Npgsql", "code_renamed_by_test", "SELECT", "   at ", "does not exist", "42703" })
                body.ShouldNotContain(internals);
            ShouldHaveTheCommonHeaders(response);
        }
        finally
        {
            await using var restore = new Npgsql.NpgsqlCommand("alter table frameworks rename column code_renamed_by_test to code", connection);
            await restore.ExecuteNonQueryAsync();
        }
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/action-items/1");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "PUT");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,if-match,content-type");
        return request;
    }

    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
