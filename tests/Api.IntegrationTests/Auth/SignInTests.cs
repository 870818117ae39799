using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Auth.Queries.GetMe;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Users;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;
using PapiTracker.Infrastructure.Data.Seed;

namespace PapiTracker.Api.IntegrationTests.Auth;

public sealed class SignInTests : ApiTest
{
    private const string Password = "Correct-Horse-42";

    [Test]
    public async Task ShouldSignIn_AndUseTheAccessTokenOnMe()
    {
        var district = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang");
        await TestActors.UserAsync("officer", Password, (Role.UnitOfficer, district.Id));

        var session = await SignInAsync("officer", Password);
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken);
        using var response = await Anonymous.SendAsync(me);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var caller = (await response.Content.ReadFromJsonAsync<MeDto>(Json))!;
        caller.User!.UserName.ShouldBe("officer");
        caller.Roles.ShouldHaveSingleItem().ShouldBe(new RoleAtUnitDto(caller.Roles[0].AssignmentId, Role.UnitOfficer, district.Id, "Bắc Giang", null));
        caller.Permissions.ShouldBe([Permission.ReadScores, Permission.ReadUnits, Permission.ReadPlans, Permission.RecordProgress]);
        session.AccessTokenExpiresAt.ShouldBeLessThan(DateTimeOffset.UtcNow.AddHours(1));
    }

    [Test]
    public async Task ShouldRefuseAWrongPassword_With401Problem()
    {
        await TestActors.UserAsync("officer", Password);

        using var response = await Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { userName = "officer", password = "wrong-password-1" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem.GetProperty("detail").GetString().ShouldBe("Wrong user name or password.");
    }

    [Test]
    public async Task ShouldLockTheAccount_AfterFiveFailures_With429AndRetryAfter()
    {
        await TestActors.UserAsync("officer", Password);
        for (var i = 0; i < 5; i++)
            (await Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { userName = "officer", password = $"wrong-{i}" })).Dispose();

        using var response = await Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { userName = "officer", password = Password });

        await response.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter.ShouldNotBeNull();
    }

    [Test]
    public async Task ShouldRefuseAMissingPassword_WithFieldErrors()
    {
        using var response = await Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { userName = "officer", password = "" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("password", out _).ShouldBeTrue();
    }

    [Test]
    public async Task ShouldRotateTheRefreshToken_AndRefuseItsSecondUse()
    {
        await TestActors.UserAsync("officer", Password);
        var first = await SignInAsync("officer", Password);

        using var refreshed = await Anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = first.RefreshToken });
        using var reused = await Anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = first.RefreshToken });

        await refreshed.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await refreshed.Content.ReadFromJsonAsync<SessionTokens>(Json))!.RefreshToken.ShouldNotBe(first.RefreshToken);
        await reused.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ShouldRevokeTheRefreshToken_OnLogout()
    {
        await TestActors.UserAsync("officer", Password);
        var session = await SignInAsync("officer", Password);

        (await Anonymous.PostAsJsonAsync("/api/v1/auth/logout", new { refreshToken = session.RefreshToken })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var refresh = await Anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = session.RefreshToken });

        await refresh.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [TestCase(null)]
    [TestCase("not-a-jwt")]
    [TestCase("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIwMTkzIn0.c2lnbmF0dXJl")]
    public async Task ShouldAnswer401Problem_WithoutAValidAccessToken(string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/score-releases");
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await Anonymous.SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ShouldRefuseAFloodOfSignInRequestsFromOneAddress_With429()
    {
        await using var strict = new PapiApiFactory(TestRun.ConnectionString, ("RateLimits:SignInsPerMinutePerAddress", "3"));
        using var client = strict.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "nobody", password = "whatever-123" });
            statuses.Add(response.StatusCode);
            if (i == 3)
            {
                await response.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
                response.Headers.RetryAfter.ShouldNotBeNull();
            }
        }
        statuses.Take(3).ShouldAllBe(s => s == HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ShouldCreateTheFirstAdminFromConfiguration_Once()
    {
        await TestRun.ResetDataAsync();
        await using var configured = new PapiApiFactory(TestRun.ConnectionString, ("Admin:UserName", "root.admin"), ("Admin:Password", "First-Admin-Pass-1"));
        await using (var scope = configured.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<FirstAdmin>().EnsureAsync(CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<FirstAdmin>().EnsureAsync(CancellationToken.None);
            var db = scope.ServiceProvider.GetRequiredService<PapiTracker.Infrastructure.Data.ApplicationDbContext>();
            db.RoleAssignments.Count(a => a.Role == Role.SystemAdmin).ShouldBe(1);
        }

        var session = await SignInAsync("root.admin", "First-Admin-Pass-1");
        using var client = await TestActors.ClientForAsync(session.AccessToken);
        var me = (await client.GetFromJsonAsync<MeDto>("/api/v1/me", Json))!;
        me.Roles.ShouldHaveSingleItem().Role.ShouldBe(Role.SystemAdmin);
    }

    private async Task<SessionTokens> SignInAsync(string userName, string password)
    {
        using var response = await Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { userName, password });
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<SessionTokens>(Json))!;
    }
}
