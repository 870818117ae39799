using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Domain.Common;
using PapiTracker.Infrastructure.Data;
using PapiTracker.Infrastructure.Identity;

namespace PapiTracker.Api.IntegrationTests.Auth;

/// <summary>
/// Sign-in in a government office: dozens of officials behind one public address, reports opened in
/// new tabs. Each test runs its own API process (fresh counts) with the default budgets unless it says
/// otherwise, and sends every request from an address it names.
/// </summary>
public sealed class SignInLimitsTests : ApiTest
{
    private const string Password = "Correct-Horse-42";
    private const string Office = "203.0.113.10";
    private const string ElsewhereAddress = "198.51.100.7";

    [Test]
    public async Task ShouldSignInAnOfficeOf150_FromOneAddressWithinAMinute_ThoughSomeMistypeFirst()
    {
        var officials = await OfficialsAsync(150);
        await using var api = new PapiApiFactory(TestRun.ConnectionString);
        using var office = ClientFrom(api, Office);

        // One in five mistypes the password once before getting it right.
        var statuses = await StatusesOfAsync(office, officials.SelectMany((official, i) => i % 5 == 0
            ? new[] { (official, "Wrong-Horse-42"), (official, Password) }
            : [(official, Password)]));

        statuses.Count(s => s == HttpStatusCode.OK).ShouldBe(150);
        statuses.Count(s => s == HttpStatusCode.Unauthorized).ShouldBe(30);
        statuses.ShouldNotContain(HttpStatusCode.TooManyRequests);
    }

    [Test]
    public async Task ShouldRenewTheSession30TimesInAMinute_WithoutASignInError_HoweverStrictTheAddressLimits()
    {
        await TestActors.UserAsync("officer", Password);
        // An address allowed a single sign-in request and a single failure: renewals do not count against it.
        await using var api = new PapiApiFactory(TestRun.ConnectionString,
            ("RateLimits:SignInsPerMinutePerAddress", "1"), ("RateLimits:FailedSignInsPerAddress", "1"));
        using var office = ClientFrom(api, Office);
        var tokens = await SignedInAsync(office, "officer");

        for (var reload = 0; reload < 30; reload++)
        {
            using var refreshed = await office.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken });
            await refreshed.ShouldHaveStatusAsync(HttpStatusCode.OK);
            tokens = (await refreshed.Content.ReadFromJsonAsync<SessionTokens>(Json))!;
        }

        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        me.Headers.Authorization = new("Bearer", tokens.AccessToken);
        (await office.SendAsync(me)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task ShouldSlowDownOneSessionsRenewals_With429AndRetryAfter_AndKeepItsRefreshTokenAndOtherSessions()
    {
        var officer = await TestActors.UserAsync("officer", Password);
        await using var api = new PapiApiFactory(TestRun.ConnectionString, ("RateLimits:RefreshesPerMinutePerSession", "3"));
        using var office = ClientFrom(api, Office);
        var busy = await SignedInAsync(office, "officer");
        var calm = await SignedInAsync(office, "officer");

        HttpResponseMessage? refused = null;
        // The bucket holds three renewals; the loop stops at the first refusal (a slow machine may refill one meanwhile).
        for (var reload = 0; reload < 20 && refused is null; reload++)
        {
            var response = await office.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = busy.RefreshToken });
            if (response.StatusCode == HttpStatusCode.OK)
            {
                busy = (await response.Content.ReadFromJsonAsync<SessionTokens>(Json))!;
                response.Dispose();
            }
            else
                refused = response;
        }

        refused.ShouldNotBeNull();
        using (refused)
        {
            var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
            problem.GetProperty("detail").GetString().ShouldBe("Phiên đăng nhập được gia hạn quá nhiều lần trong thời gian ngắn: vui lòng chờ giây lát rồi thử lại.");
            refused.Headers.RetryAfter!.Delta!.Value.ShouldBeInRange(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(20));
        }
        // The refused renewal did not spend the refresh token: the session is not over.
        (await CountLiveRefreshTokensAsync(officer)).ShouldBe(2);
        using var other = await office.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = calm.RefreshToken });
        await other.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task ShouldLockAnAccount_After20WrongPasswords_AndLetColleaguesFromTheSameAddressSignIn()
    {
        var officials = await OfficialsAsync(2);
        await using var api = new PapiApiFactory(TestRun.ConnectionString);
        using var office = ClientFrom(api, Office);

        var statuses = await StatusesOfAsync(office, Enumerable.Range(0, 20).Select(i => (officials[0], $"Wrong-Horse-{i}")));
        using var rightPassword = await SignInAsync(office, officials[0], Password);
        using var colleague = await SignInAsync(office, officials[1], Password);

        statuses.Take(4).ShouldAllBe(s => s == HttpStatusCode.Unauthorized);
        statuses.Skip(4).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
        var problem = await rightPassword.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        problem.GetProperty("detail").GetString().ShouldBe(Messages.AccountLocked.Vi);
        rightPassword.Headers.RetryAfter!.Delta!.Value.ShouldBeInRange(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));
        await colleague.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task ShouldStopAPasswordSpray_OneWrongPasswordFor200AccountsFromOneAddress()
    {
        var officials = await OfficialsAsync(200);
        await using var api = new PapiApiFactory(TestRun.ConnectionString);
        using var attacker = ClientFrom(api, Office);
        using var elsewhere = ClientFrom(api, ElsewhereAddress);

        var statuses = await StatusesOfAsync(attacker, officials.Select(official => (official, "Spring-2026-Hanoi")));
        using var refused = await SignInAsync(attacker, officials[0], "Summer-2026-Hanoi");

        // The default budget: 50 failures per address in 15 minutes, then nothing from that address is tried.
        statuses.Take(50).ShouldAllBe(s => s == HttpStatusCode.Unauthorized);
        statuses.Skip(50).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        problem.GetProperty("detail").GetString().ShouldBe("Quá nhiều lần đăng nhập sai từ địa chỉ này: vui lòng chờ rồi thử lại.");
        refused.Headers.RetryAfter!.Delta!.Value.ShouldBeInRange(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(15));
        // Even a right password is not tried from that address (its answer would tell the spray which guess was right),
        using var rightFromAttacker = await SignInAsync(attacker, officials[^1], Password);
        await rightFromAttacker.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        // while the accounts are not locked: their officials sign in from anywhere else.
        using var rightFromElsewhere = await SignInAsync(elsewhere, officials[^1], Password);
        await rightFromElsewhere.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task ShouldSayInEnglish_WhenTheCallerPrefersIt()
    {
        var officials = await OfficialsAsync(3);
        await using var api = new PapiApiFactory(TestRun.ConnectionString, ("RateLimits:FailedSignInsPerAddress", "2"));
        using var attacker = ClientFrom(api, Office);
        attacker.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");

        await StatusesOfAsync(attacker, officials.Select(official => (official, "Spring-2026-Hanoi")));
        using var refused = await SignInAsync(attacker, officials[0], "Spring-2026-Hanoi");

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        problem.GetProperty("title").GetString().ShouldBe("Too many requests");
        problem.GetProperty("detail").GetString().ShouldBe("Too many failed sign-ins from this address: wait and try again.");
    }

    /// <summary>An HTTP client of the API whose requests come from <paramref name="address"/>.</summary>
    internal static HttpClient ClientFrom(PapiApiFactory api, string address) =>
        new(api.Server.CreateHandler(context => context.Connection.RemoteIpAddress = IPAddress.Parse(address))) { BaseAddress = api.Server.BaseAddress };

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password) =>
        client.PostAsJsonAsync("/api/v1/auth/login", new { userName, password });

    /// <summary>Signs in with each pair in turn; the statuses of the answers.</summary>
    private static async Task<List<HttpStatusCode>> StatusesOfAsync(HttpClient client, IEnumerable<(string UserName, string Password)> attempts)
    {
        var statuses = new List<HttpStatusCode>();
        foreach (var (userName, password) in attempts)
        {
            using var response = await SignInAsync(client, userName, password);
            statuses.Add(response.StatusCode);
        }
        return statuses;
    }

    internal static async Task<SessionTokens> SignedInAsync(HttpClient client, string userName)
    {
        using var response = await SignInAsync(client, userName, Password);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<SessionTokens>(Json))!;
    }

    /// <summary>
    /// <paramref name="count"/> accounts with <see cref="Password"/>, named official.000 onwards. The password
    /// is hashed once and the hash shared, which signing in cannot tell from hashing each.
    /// </summary>
    internal static async Task<string[]> OfficialsAsync(int count)
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var names = Enumerable.Range(0, count).Select(i => $"official.{i:000}").ToArray();
        var first = new ApplicationUser { Id = Guid.CreateVersion7(), UserName = names[0], DisplayName = names[0] };
        (await users.CreateAsync(first, Password)).Succeeded.ShouldBeTrue();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        foreach (var name in names.Skip(1))
        {
            db.Users.Add(new ApplicationUser
            {
                Id = Guid.CreateVersion7(),
                UserName = name,
                NormalizedUserName = name.ToUpperInvariant(),
                DisplayName = name,
                PasswordHash = first.PasswordHash,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                LockoutEnabled = true,
            });
        }
        await db.SaveChangesAsync();
        return names;
    }

    private static async Task<int> CountLiveRefreshTokensAsync(Guid userId)
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        return db.RefreshTokens.Count(t => t.UserId == userId && t.RevokedAt == null);
    }
}
