using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Npgsql;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.ApiTokens.Commands.CreateApiToken;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Domain.Access;

namespace PapiTracker.Api.IntegrationTests.Security;

/// <summary>
/// Every forged, stale or withdrawn credential is a 401 problem: access tokens that are expired, not
/// yet valid, tampered with, signed with another key or none, for another audience or issuer; refresh
/// tokens after use or logout; API tokens revoked or expired. Sign-in does not tell which names exist.
/// </summary>
public sealed class TokenTests : ApiTest
{
    private const string Issuer = "papitracker";
    private const string Audience = "papitracker-api";
    private const string Password = "Correct-Horse-42";
    private Guid _userId;
    private Guid _sessionId;

    /// <summary>A user signed in once: hand-made tokens name that live session, as the server's own do.</summary>
    [SetUp]
    public async Task ArrangeAsync()
    {
        _userId = await TestActors.UserAsync("token.user", null, (Role.SystemAdmin, null));
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var session = await scope.ServiceProvider.GetRequiredService<ISessionTokens>().StartAsync(_userId, CancellationToken.None);
        _sessionId = Guid.Parse(new JsonWebToken(session.AccessToken).GetClaim("sid").Value);
    }

    private static SymmetricSecurityKey ServerKey() =>
        new(Convert.FromBase64String(TestRun.Factory.Services.GetRequiredService<IConfiguration>()["Auth:SigningKey"]!));

    private string Mint(SymmetricSecurityKey? key = null, string issuer = Issuer, string audience = Audience, DateTime? expires = null, DateTime? notBefore = null,
        Guid? subject = null, string algorithm = SecurityAlgorithms.HmacSha256)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("sub", (subject ?? _userId).ToString()), new Claim("sid", _sessionId.ToString())]),
            IssuedAt = (notBefore ?? now).AddMinutes(-1),
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddMinutes(10),
            SigningCredentials = new SigningCredentials(key ?? ServerKey(), algorithm),
        });
    }

    private static string Base64Url(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));

    private async Task<HttpResponseMessage> MeWith(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Anonymous.SendAsync(request);
    }

    [Test]
    public async Task ShouldAcceptAWellFormedToken_SoTheRefusalsBelowMeanSomething()
    {
        using var response = await MeWith(Mint());

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    private static IEnumerable<TestCaseData> Forgeries()
    {
        yield return new TestCaseData("expired").SetArgDisplayNames("expired");
        yield return new TestCaseData("not yet valid").SetArgDisplayNames("not yet valid");
        yield return new TestCaseData("no expiry").SetArgDisplayNames("no expiry");
        yield return new TestCaseData("tampered signature").SetArgDisplayNames("tampered signature");
        yield return new TestCaseData("tampered payload").SetArgDisplayNames("tampered payload");
        yield return new TestCaseData("another key").SetArgDisplayNames("another key");
        yield return new TestCaseData("wrong audience").SetArgDisplayNames("wrong audience");
        yield return new TestCaseData("wrong issuer").SetArgDisplayNames("wrong issuer");
        yield return new TestCaseData("alg none").SetArgDisplayNames("alg none");
        yield return new TestCaseData("alg none, no dot").SetArgDisplayNames("alg none, no dot");
        yield return new TestCaseData("HS512 with the right key").SetArgDisplayNames("HS512 with the right key");
        yield return new TestCaseData("unknown user").SetArgDisplayNames("unknown user");
    }

    [TestCaseSource(nameof(Forgeries))]
    public async Task ShouldRefuseAForgedOrStaleAccessToken_With401Problem(string forgery)
    {
        var now = DateTime.UtcNow;
        var good = Mint();
        var parts = good.Split('.');
        var token = forgery switch
        {
            "expired" => Mint(expires: now.AddMinutes(-2), notBefore: now.AddMinutes(-20)),
            "not yet valid" => Mint(notBefore: now.AddMinutes(5), expires: now.AddMinutes(20)),
            "no expiry" => $"{Base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}")}.{Base64Url($"{{\"sub\":\"{_userId}\",\"iss\":\"{Issuer}\",\"aud\":\"{Audience}\"}}")}" is var unsigned
                ? $"{unsigned}.{Base64UrlEncoder.Encode(new System.Security.Cryptography.HMACSHA256(ServerKey().Key).ComputeHash(Encoding.ASCII.GetBytes(unsigned)))}"
                : "",
            "tampered signature" => $"{parts[0]}.{parts[1]}.{(parts[2][0] == 'A' ? 'B' : 'A')}{parts[2][1..]}",
            "tampered payload" => $"{parts[0]}.{Base64Url($"{{\"sub\":\"{Guid.NewGuid()}\",\"iss\":\"{Issuer}\",\"aud\":\"{Audience}\",\"exp\":{DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()}}}")}.{parts[2]}",
            "another key" => Mint(key: new SymmetricSecurityKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))),
            "wrong audience" => Mint(audience: "another-api"),
            "wrong issuer" => Mint(issuer: "someone-else"),
            "alg none" => $"{Base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{parts[1]}.",
            "alg none, no dot" => $"{Base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{parts[1]}",
            "HS512 with the right key" => Mint(key: new SymmetricSecurityKey([.. ServerKey().Key, .. ServerKey().Key]), algorithm: SecurityAlgorithms.HmacSha512),
            "unknown user" => Mint(subject: Guid.NewGuid()),
            _ => throw new ArgumentOutOfRangeException(nameof(forgery)),
        };

        using var response = await MeWith(token);

        if (forgery == "unknown user")
        {
            // A validly signed token of a user who does not exist reaches no data: 401, or at least nothing of anyone.
            ((int)response.StatusCode).ShouldBeOneOf(401, 403, 404);
            return;
        }
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ShouldNotBeEmpty();
    }

    [Test]
    public async Task ShouldRefuseTheRefreshToken_AfterLogout_AndAfterItsUse()
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var sessions = scope.ServiceProvider.GetRequiredService<ISessionTokens>();
        var loggedOut = await sessions.StartAsync(_userId, CancellationToken.None);
        var used = await sessions.StartAsync(_userId, CancellationToken.None);

        (await Anonymous.PostAsJsonAsync("/api/v1/auth/logout", new { refreshToken = loggedOut.RefreshToken })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = used.RefreshToken })).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var afterLogout = await Anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = loggedOut.RefreshToken });
        using var afterUse = await Anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = used.RefreshToken });
        await afterLogout.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await afterUse.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ShouldEndTheSessionsAccessTokens_OnLogout_ButKeepThemAcrossARefresh()
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var sessions = scope.ServiceProvider.GetRequiredService<ISessionTokens>();
        var session = await sessions.StartAsync(_userId, CancellationToken.None);
        var other = await sessions.StartAsync(_userId, CancellationToken.None);
        using var signedIn = await TestActors.ClientForAsync(session.AccessToken);
        using var otherDevice = await TestActors.ClientForAsync(other.AccessToken);

        using var refreshed = await Anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = session.RefreshToken });
        var next = (await refreshed.Content.ReadFromJsonAsync<Application.Common.Interfaces.SessionTokens>(Json))!;
        using var afterRefresh = await signedIn.GetAsync("/api/v1/me");
        (await Anonymous.PostAsJsonAsync("/api/v1/auth/logout", new { refreshToken = next.RefreshToken })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var afterLogout = await signedIn.GetAsync("/api/v1/me");
        using var stillSignedIn = await otherDevice.GetAsync("/api/v1/me");

        afterRefresh.StatusCode.ShouldBe(HttpStatusCode.OK, "a refresh continues the session");
        await afterLogout.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        stillSignedIn.StatusCode.ShouldBe(HttpStatusCode.OK, "signing out ends one session, not the user's others");
    }

    [Test]
    public async Task ShouldRefuseAnExpiredRefreshToken()
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var session = await scope.ServiceProvider.GetRequiredService<ISessionTokens>().StartAsync(_userId, CancellationToken.None);
        await ExecuteAsync("update refresh_tokens set expires_at = now() - interval '1 minute'");

        using var response = await Anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = session.RefreshToken });

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    /// <summary>The grants this process keeps per user are forgotten on the revocation, not when they age.</summary>
    [Test]
    public async Task ShouldStopAnAccessToken_OnceTheUsersRoleIsRevoked()
    {
        var unit = await TestActors.UnitAsync(Domain.Organization.OrgUnitKind.Province, "Tỉnh Thử");
        var officer = await TestActors.UserAsync("revoked.officer", null, (Role.Coordinator, unit.Id));
        using var client = await TestActors.ClientForAsync(officer);
        using var admin = await TestActors.ClientForAsync(_userId);
        (await client.GetAsync("/api/v1/audit")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me", Json);
        var assignment = me.GetProperty("roles")[0].GetProperty("assignmentId").GetInt32();

        (await admin.DeleteAsync($"/api/v1/users/{officer}/roles/{assignment}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        using var response = await client.GetAsync("/api/v1/audit");
        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ShouldLetAnAccessTokenIn_AsSoonAsTheUserIsGrantedARole()
    {
        var unit = await TestActors.UnitAsync(Domain.Organization.OrgUnitKind.Province, "Tỉnh Thử");
        var officer = await TestActors.UserAsync("new.coordinator");
        using var client = await TestActors.ClientForAsync(officer);
        using var admin = await TestActors.ClientForAsync(_userId);
        await (await client.GetAsync("/api/v1/audit")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await admin.PostAsJsonAsync($"/api/v1/users/{officer}/roles", new { role = "Coordinator", unitId = unit.Id })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await client.GetAsync("/api/v1/audit")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [TestCase("revoked")]
    [TestCase("expired")]
    [TestCase("unknown")]
    public async Task ShouldRefuseAnApiToken_ThatIsRevokedExpiredOrUnknown(string state)
    {
        var unit = await TestActors.UnitAsync(Domain.Organization.OrgUnitKind.Province, "Tỉnh Thử");
        using var created = await Client.PostAsJsonAsync("/api/v1/api-tokens",
            new { name = "Tích hợp", scopes = new[] { "scores:read" }, unitId = unit.Id, expiresAt = DateTimeOffset.UtcNow.AddDays(1) });
        var token = (await created.Content.ReadFromJsonAsync<CreatedApiTokenDto>(Json))!;
        using (var before = TestActors.ClientWithApiKey(token.Secret))
            (await before.GetAsync("/api/v1/score-releases")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var secret = token.Secret;
        if (state == "revoked")
            (await Client.PostAsync($"/api/v1/api-tokens/{token.Token.Id}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        else if (state == "expired")
            await ExecuteAsync($"update api_tokens set expires_at = now() - interval '1 second' where id = {token.Token.Id}");
        else
            secret = secret[..^2] + (secret[^1] == 'a' ? "bb" : "aa");

        using var client = TestActors.ClientWithApiKey(secret);
        using var response = await client.GetAsync("/api/v1/score-releases");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    /// <summary>
    /// Refusing an unknown name must cost what refusing a wrong password costs (a password hash), or
    /// timing lists the accounts. Medians of interleaved tries, with a generous bound: before the fix
    /// an unknown name was refused about twenty times faster.
    /// </summary>
    [Test]
    public async Task ShouldTakeAsLongToRefuseAnUnknownUser_AsAWrongPassword()
    {
        // Several users, so no account reaches the lockout (5 failures) and takes the early "locked" path.
        var names = new[] { "timing.a", "timing.b", "timing.c" };
        foreach (var name in names)
            await TestActors.UserAsync(name, Password);
        async Task<double> TimeAsync(string userName)
        {
            var clock = Stopwatch.StartNew();
            using var response = await Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { userName, password = "Wrong-Horse-43" });
            clock.Stop();
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            return clock.Elapsed.TotalMilliseconds;
        }

        await TimeAsync("warm.up");
        var unknown = new List<double>();
        var wrong = new List<double>();
        for (var i = 0; i < 9; i++)
        {
            unknown.Add(await TimeAsync($"nobody.{i}"));
            wrong.Add(await TimeAsync(names[i % names.Length]));
        }

        var (unknownMedian, wrongMedian) = (Median(unknown), Median(wrong));
        TestContext.Progress.WriteLine($"Sign-in refusal medians: unknown user {unknownMedian:0.0} ms, wrong password {wrongMedian:0.0} ms");
        unknownMedian.ShouldBeGreaterThan(wrongMedian * 0.5, "an unknown user name is refused much faster than a wrong password");
        unknownMedian.ShouldBeLessThan(wrongMedian * 2.0);
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestRun.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
