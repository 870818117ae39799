using System.Net;
using System.Net.Http.Json;
using PapiTracker.Api.IntegrationTests.Auth;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.ApiTokens.Commands.CreateApiToken;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Api.IntegrationTests.Security;

/// <summary>Every user and every API token has its own request budget: one busy caller cannot starve the others.</summary>
public sealed class RequestBudgetTests : ApiTest
{
    private const string Office = "203.0.113.10";

    [Test]
    public async Task ShouldRefuseAUserPastItsBudget_With429RetryAfterAndRateLimitHeaders_AndServeColleagues()
    {
        var officials = await SignInLimitsTests.OfficialsAsync(2);
        await using var api = new PapiApiFactory(TestRun.ConnectionString, ("RateLimits:RequestsPerMinutePerUser", "5"));
        using var busy = await SignedInClientAsync(api, officials[0]);
        using var colleague = await SignedInClientAsync(api, officials[1]);

        using var first = await busy.GetAsync("/api/v1/me");
        await first.ShouldHaveStatusAsync(HttpStatusCode.OK);
        first.Headers.GetValues("RateLimit-Limit").ShouldBe(["5"]);
        first.Headers.GetValues("RateLimit-Remaining").ShouldBe(["4"]);
        first.Headers.GetValues("RateLimit-Policy").ShouldBe(["5;w=60"]);
        var refused = await FirstRefusalAsync(busy, "/api/v1/me");

        using (refused)
        {
            var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
            problem.GetProperty("title").GetString().ShouldBe("Quá nhiều yêu cầu");
            problem.GetProperty("detail").GetString().ShouldBe("Tài khoản hoặc mã truy cập này đã gửi quá nhiều yêu cầu trong một phút: vui lòng chờ giây lát rồi thử lại.");
            var retryAfter = refused.Headers.RetryAfter!.Delta!.Value;
            retryAfter.ShouldBeInRange(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
            refused.Headers.GetValues("RateLimit-Limit").ShouldBe(["5"]);
            refused.Headers.GetValues("RateLimit-Remaining").ShouldBe(["0"]);
            refused.Headers.GetValues("RateLimit-Reset").ShouldBe([((int)retryAfter.TotalSeconds).ToString()]);
        }
        using var served = await colleague.GetAsync("/api/v1/me");
        await served.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task ShouldKeepAnIntegrationToItsOwnBudget_SoTheOfficialsAreStillServed()
    {
        var unit = await TestActors.UnitAsync(OrgUnitKind.Province, "Tỉnh Thử");
        using var created = await Client.PostAsJsonAsync("/api/v1/api-tokens",
            new { name = "Tích hợp", scopes = new[] { "scores:read" }, unitId = unit.Id, expiresAt = DateTimeOffset.UtcNow.AddDays(1) });
        var token = (await created.Content.ReadFromJsonAsync<CreatedApiTokenDto>(Json))!;
        var officials = await SignInLimitsTests.OfficialsAsync(1);
        await using var api = new PapiApiFactory(TestRun.ConnectionString,
            ("RateLimits:RequestsPerMinutePerApiToken", "3"), ("RateLimits:RequestsPerMinutePerUser", "1000"));
        using var integration = SignInLimitsTests.ClientFrom(api, Office);
        integration.DefaultRequestHeaders.Add("X-Api-Key", token.Secret);
        using var official = await SignedInClientAsync(api, officials[0]);

        using var refused = await FirstRefusalAsync(integration, "/api/v1/score-releases");
        using var served = await official.GetAsync("/api/v1/me");

        await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        refused.Headers.GetValues("RateLimit-Limit").ShouldBe(["3"]);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        await served.ShouldHaveStatusAsync(HttpStatusCode.OK);
        served.Headers.GetValues("RateLimit-Limit").ShouldBe(["1000"]);
    }

    private static async Task<HttpClient> SignedInClientAsync(PapiApiFactory api, string userName)
    {
        var client = SignInLimitsTests.ClientFrom(api, Office);
        var tokens = await SignInLimitsTests.SignedInAsync(client, userName);
        client.DefaultRequestHeaders.Authorization = new("Bearer", tokens.AccessToken);
        return client;
    }

    /// <summary>Calls until the first refusal; the budget refills while the loop runs, so the bound is generous.</summary>
    private static async Task<HttpResponseMessage> FirstRefusalAsync(HttpClient client, string path)
    {
        for (var call = 0; call < 100; call++)
        {
            var response = await client.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK)
                return response;
            response.Dispose();
        }
        throw new AssertionException("The budget never ran out.");
    }
}
