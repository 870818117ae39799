using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PapiTracker.Api.Endpoints;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Api.IntegrationTests.Conventions;

/// <summary>
/// The deprecation policy: an operation marked as being retired says so in every answer (Deprecation, RFC 9745; Sunset,
/// RFC 8594; a Link to its replacement) and in the document (deprecated: true). No operation of v1 is retired today, so
/// the test host maps one into v1, through the API's own pipeline and document.
/// </summary>
public sealed class DeprecationTests : ApiTest
{
    private static readonly DateOnly Since = new(2026, 1, 1);
    private static readonly DateOnly Sunset = new(2026, 12, 31);
    private const string Guide = "https://papi.example.gov.vn/docs/integration#versioning";

    [Test]
    public async Task ARetiredOperationShouldSayWhenItGoes_InItsAnswersAndInTheDocument()
    {
        var province = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang");
        var secret = await TestActors.ApiTokenAsync(province, "units:read");
        await using var factory = new PapiApiFactory(TestRun.ConnectionString);
        await using var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(services => services.AddSingleton(new ExtraEndpoints(1, v1 =>
            v1.MapGet("/retired", () => TypedResults.Ok(new RetiredDto(true))).WithName("GetRetired").Deprecated(Since, Sunset, Guide)))));
        using var http = host.CreateClient();
        http.DefaultRequestHeaders.Add("X-Api-Key", secret);

        using var answer = await http.GetAsync("/api/v1/retired");

        await answer.ShouldHaveStatusAsync(HttpStatusCode.OK);
        answer.Headers.GetValues("Deprecation").ShouldBe([$"@{new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds()}"]);
        answer.Headers.GetValues("Sunset").ShouldBe(["Thu, 31 Dec 2026 00:00:00 GMT"]);
        answer.Headers.GetValues("Link").ShouldBe([$"<{Guide}>; rel=\"deprecation\""]);
        using (var current = await http.GetAsync("/api/v1/org-units"))
        {
            await current.ShouldHaveStatusAsync(HttpStatusCode.OK);
            current.Headers.Contains("Deprecation").ShouldBeFalse("only the retired operation says so");
        }

        var document = JsonNode.Parse(await http.GetStringAsync("/swagger/v1/swagger.json"))!;
        var operation = document["paths"]!["/api/v1/retired"]!["get"]!;
        operation["deprecated"]!.GetValue<bool>().ShouldBeTrue();
        operation["description"]!.GetValue<string>().ShouldContain("2026-12-31");
        operation["responses"]!["200"]!["headers"]!.AsObject().Select(h => h.Key).ShouldContain("Sunset");
        document["paths"]!["/api/v1/org-units"]!["get"]!["deprecated"].ShouldBeNull();
    }

    [Test]
    public void ASunsetShouldLeaveTheNoticeTheGuidePromises()
    {
        var app = WebApplication.CreateSlimBuilder().Build();
        var endpoint = app.MapGet("/too-soon", () => "");

        Should.Throw<ArgumentException>(() => endpoint.Deprecated(Since, Since.AddDays(Deprecation.MinimumNoticeDays - 1), Guide));
    }

    private sealed record RetiredDto(bool Retired);
}
