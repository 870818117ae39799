using System.Diagnostics;
using System.Net;
using System.Text.Json;
using PapiTracker.Api.IntegrationTests.Infrastructure;

namespace PapiTracker.Api.IntegrationTests.Cluster;

/// <summary>
/// Two API processes, A and B, on one throwaway database of their own (the demo loaded by A), as several
/// replicas behind a proxy run: what one process commits, the other must answer within the bound.
/// </summary>
[NonParallelizable]
public sealed class TwoProcessesTests
{
    /// <summary>The propagation bound the README states: a change committed at A is answered at B within this.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(1);

    /// <summary>An integration's requests per minute, refilled evenly: one every 15 s.</summary>
    private const int IntegrationBudget = 4;

    private DemoCluster _cluster = null!;
    private int _plan;
    private int _province;

    private ApiProcess _a => _cluster.A;
    private ApiProcess _b => _cluster.B;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _cluster = await DemoCluster.StartAsync(new Dictionary<string, string>
        {
            ["RateLimits__RequestsPerMinutePerUser"] = "0",
            ["RateLimits__FailedSignInsPerAddress"] = "4",
            ["RateLimits__RequestsPerMinutePerApiToken"] = $"{IntegrationBudget}",
        });
        _plan = await ScalarAsync<int>("SELECT id FROM plans ORDER BY id LIMIT 1");
        _province = await ScalarAsync<int>($"SELECT province_id FROM plans WHERE id = {_plan}");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_cluster is not null)
            await _cluster.DisposeAsync();
    }

    [Test]
    public async Task ShouldRefuseARoleRevokedAtA_AtBWithinTheBound()
    {
        var viewer = await TokenAsync(_a, "bg.viewer");
        var plan = _plan;
        using (var before = await _b.SendAsync(HttpMethod.Get, $"/api/v1/plans/{plan}", viewer))
            before.StatusCode.ShouldBe(HttpStatusCode.OK); // B now keeps the viewer's grants
        var assignment = await ScalarAsync<int>("SELECT r.id FROM role_assignments r JOIN users u ON u.id = r.user_id WHERE u.user_name = 'bg.viewer'");
        var userId = await ScalarAsync<Guid>("SELECT id FROM users WHERE user_name = 'bg.viewer'");
        var admin = await AdminTokenAsync();

        using (var revoke = await _a.SendAsync(HttpMethod.Delete, $"/api/v1/users/{userId}/roles/{assignment}", admin))
            revoke.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using (var atA = await _a.SendAsync(HttpMethod.Get, $"/api/v1/plans/{plan}", viewer))
            atA.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var lag = await LagAsync(async () =>
        {
            using var after = await _b.SendAsync(HttpMethod.Get, $"/api/v1/plans/{plan}", viewer);
            return after.StatusCode == HttpStatusCode.Forbidden;
        });

        lag.ShouldBeLessThan(Bound);
    }

    [Test]
    public async Task ShouldRefuseASessionSignedOutAtA_AtBWithinTheBound()
    {
        var session = await _a.SignInAsync("bg.coordinator", _cluster.Passwords["bg.coordinator"]);
        var access = session.GetProperty("accessToken").GetString()!;
        using (var before = await _b.SendAsync(HttpMethod.Get, "/api/v1/me", access))
            before.StatusCode.ShouldBe(HttpStatusCode.OK); // B now keeps the session as live

        using (var signOut = await _a.SendAsync(HttpMethod.Post, "/api/v1/auth/logout", access, new { refreshToken = session.GetProperty("refreshToken").GetString() }))
            signOut.IsSuccessStatusCode.ShouldBeTrue();
        var lag = await LagAsync(async () =>
        {
            using var after = await _b.SendAsync(HttpMethod.Get, "/api/v1/me", access);
            return after.StatusCode == HttpStatusCode.Unauthorized;
        });

        lag.ShouldBeLessThan(Bound);
    }

    [Test]
    public async Task ShouldCountFailedSignInsFromOneAddress_AcrossProcesses()
    {
        foreach (var api in new[] { _a, _b, _a, _b })
        {
            using var failed = await api.SendAsync(HttpMethod.Post, "/api/v1/auth/login", null, new { userName = "bg.officer.nobody", password = "Wrong-password-1" });
            failed.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        // The budget of 4 is spent, two failures at each: both processes refuse, the right password included.
        foreach (var api in new[] { _a, _b })
        {
            using var refused = await api.SendAsync(HttpMethod.Post, "/api/v1/auth/login", null, new { userName = "bg.viewer", password = _cluster.Passwords["bg.viewer"] });
            refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
            refused.Headers.RetryAfter!.Delta!.Value.ShouldBeInRange(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(15));
        }
        await ScalarAsync<int>("WITH cleared AS (DELETE FROM sign_in_failures RETURNING 1) SELECT count(*)::int FROM cleared"); // the other tests sign in from here too
    }

    /// <summary>
    /// One integration calls A and B in turn, as a proxy would spread it: both spend one budget, so together they
    /// grant no more than it holds (plus what refilled meanwhile), where two budgets of their own would grant twice that.
    /// </summary>
    [Test]
    public async Task ShouldSpendOneRequestBudgetAcrossProcesses()
    {
        var admin = await AdminTokenAsync();
        using var created = await _a.SendAsync(HttpMethod.Post, "/api/v1/api-tokens", admin,
            new { name = "Tích hợp cụm", scopes = new[] { "scores:read" }, unitId = _province, expiresAt = DateTimeOffset.UtcNow.AddDays(1) });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var secret = Json(await created.Content.ReadAsStringAsync()).GetProperty("secret").GetString()!;

        var clock = Stopwatch.StartNew();
        var answers = new List<(string Process, HttpStatusCode Status)>();
        foreach (var api in Enumerable.Range(0, 2 * IntegrationBudget + 4).Select(i => i % 2 == 0 ? _a : _b))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/score-releases") { Headers = { { "X-Api-Key", secret } } };
            using var response = await api.Http.SendAsync(request);
            answers.Add((api.Name, response.StatusCode));
        }
        var refilled = (int)Math.Ceiling(clock.Elapsed / TimeSpan.FromSeconds(60.0 / IntegrationBudget));

        answers.Select(a => a.Status).Distinct().ShouldBe([HttpStatusCode.OK, HttpStatusCode.TooManyRequests], ignoreOrder: true);
        answers.Count(a => a.Status == HttpStatusCode.OK).ShouldBeLessThanOrEqualTo(IntegrationBudget + refilled);
        answers.Where(a => a.Status == HttpStatusCode.TooManyRequests).Select(a => a.Process).Distinct().ShouldBe(["a", "b"], ignoreOrder: true);
    }

    /// <summary>~20 rounds: an action added at A, B's cached overview of the plan polled until it counts it.</summary>
    [Test]
    public async Task ShouldChangeADashboardAnswerCachedAtB_AfterAWriteAtA_WithinTheBound()
    {
        var coordinator = await TokenAsync(_a, "bg.coordinator");
        var plan = _plan;
        var lags = new List<TimeSpan>();
        for (var round = 0; round < 20; round++)
        {
            var before = await ActionsAtBAsync(plan, coordinator);
            (await ActionsAtBAsync(plan, coordinator)).ShouldBe(before); // cached at B
            using (var created = await _a.SendAsync(HttpMethod.Post, $"/api/v1/plans/{plan}/actions", coordinator, NewAction($"CL.{round}")))
                created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            lags.Add(await LagAsync(async () => await ActionsAtBAsync(plan, coordinator) == before + 1));
        }

        lags.Sort();
        var p50 = lags[lags.Count / 2];
        var p99 = lags[^1];
        TestContext.Progress.WriteLine($"Cross-process invalidation lag over {lags.Count} rounds: p50 {p50.TotalMilliseconds:0.0} ms, p99 {p99.TotalMilliseconds:0.0} ms");
        p99.ShouldBeLessThan(Bound);
    }

    [Test]
    public async Task ShouldDownloadThroughB_AFileUploadedThroughA()
    {
        var coordinator = await TokenAsync(_a, "bg.coordinator");
        var plan = _plan;
        using var created = await _a.SendAsync(HttpMethod.Post, $"/api/v1/plans/{plan}/actions", coordinator, NewAction("CL.file"));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var action = Json(await created.Content.ReadAsStringAsync()).GetProperty("id").GetInt32();
        using var progress = await _a.SendAsync(HttpMethod.Post, $"/api/v1/action-items/{action}/progress", coordinator,
            new { unitId = _province, reportedOn = "2025-01-15", status = "InProgress", percent = 30, narrative = "Đang triển khai" });
        progress.StatusCode.ShouldBe(HttpStatusCode.Created, await progress.Content.ReadAsStringAsync());
        var progressId = Json(await progress.Content.ReadAsStringAsync()).GetProperty("id").GetInt64();
        var upload = new MultipartFormDataContent { { new ByteArrayContent(TestActors.Pdf) { Headers = { ContentType = new("application/pdf") } }, "file", "bien-ban.pdf" } };

        using var uploaded = await _a.SendAsync(HttpMethod.Post, $"/api/v1/action-progress/{progressId}/evidence", coordinator, upload);
        uploaded.StatusCode.ShouldBe(HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
        var evidence = Json(await uploaded.Content.ReadAsStringAsync()).GetProperty("id").GetInt64();
        using var downloaded = await _b.SendAsync(HttpMethod.Get, $"/api/v1/evidence/{evidence}", coordinator);

        downloaded.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await downloaded.Content.ReadAsByteArrayAsync()).ShouldBe(TestActors.Pdf);
    }

    /// <summary>
    /// B's listening connection cut: B says Degraded and answers from the database (a write at A is seen at
    /// once, nothing kept could be stale), then listens again, says Healthy and keeps answers again.
    /// </summary>
    [Test]
    public async Task ShouldAnswerFromTheDatabase_WhileBCannotHear_AndRecover()
    {
        var coordinator = await TokenAsync(_a, "bg.coordinator");
        var plan = _plan;
        var before = await ActionsAtBAsync(plan, coordinator);

        var cut = await ScalarAsync<int>($"SELECT count(*)::int FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'papitracker-listen-{_b.ProcessId}') t");
        cut.ShouldBe(1);
        (await LagAsync(async () => (await _b.HealthAsync()) == "Degraded")).ShouldBeLessThan(Bound);
        using (var created = await _a.SendAsync(HttpMethod.Post, $"/api/v1/plans/{plan}/actions", coordinator, NewAction("CL.cold")))
            created.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ActionsAtBAsync(plan, coordinator)).ShouldBe(before + 1); // at once: nothing served from memory

        await LagAsync(async () => (await _b.HealthAsync()) == "Healthy", TimeSpan.FromSeconds(10));
        (await ScalarAsync<int>($"SELECT count(*)::int FROM pg_stat_activity WHERE application_name = 'papitracker-listen-{_b.ProcessId}'")).ShouldBe(1);
        var cached = await ActionsAtBAsync(plan, coordinator);
        using (var created = await _a.SendAsync(HttpMethod.Post, $"/api/v1/plans/{plan}/actions", coordinator, NewAction("CL.back")))
            created.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await LagAsync(async () => await ActionsAtBAsync(plan, coordinator) == cached + 1)).ShouldBeLessThan(Bound);
    }

    private object NewAction(string code) => new
    {
        code, dimension = "8", subDimensions = new[] { "8.3" }, textVi = $"Hành động {code}", recurring = true,
        leadUnitIds = new[] { _province }, coordinatingUnitIds = Array.Empty<int>(),
    };

    private async Task<int> ActionsAtBAsync(int plan, string token)
    {
        using var response = await _b.SendAsync(HttpMethod.Get, $"/api/v1/plans/{plan}/overview", token);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return Json(await response.Content.ReadAsStringAsync()).GetProperty("actions").GetInt32();
    }

    /// <summary>How long until the condition holds, asked as fast as the process answers; fails past <paramref name="giveUp"/>.</summary>
    private static async Task<TimeSpan> LagAsync(Func<Task<bool>> holds, TimeSpan? giveUp = null)
    {
        var clock = Stopwatch.StartNew();
        while (!await holds())
        {
            if (clock.Elapsed > (giveUp ?? TimeSpan.FromSeconds(5)))
                Assert.Fail($"Still not so after {clock.Elapsed.TotalSeconds:0.0} s");
            await Task.Delay(2);
        }
        return clock.Elapsed;
    }

    private Task<string> TokenAsync(ApiProcess api, string userName) => _cluster.AccessTokenAsync(api, userName);

    private Task<string> AdminTokenAsync() => _cluster.AccessTokenAsync(_a, "admin");

    private Task<T> ScalarAsync<T>(string sql) => _cluster.ScalarAsync<T>(sql);

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
