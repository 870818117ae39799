using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PapiTracker.Api.IntegrationTests.Infrastructure;

namespace PapiTracker.Api.IntegrationTests.Cluster;

/// <summary>
/// Faults under load through the real proxy: nginx with the project's configuration in front of two API processes,
/// A and B, on a throwaway database of their own (the demo loaded by A). Clients behave as the web client does:
/// every write carries an Idempotency-Key and is sent again with that key until it is answered.
/// </summary>
[NonParallelizable]
public sealed class ProxyFaultTests
{
    private const int Writers = 4;
    private const int Readers = 4;

    private DemoCluster _cluster = null!;
    private NginxProxy _proxy = null!;
    private HttpClient _http = null!;
    private int _plan;
    private int _province;

    /// <summary>An action of its own for each writer: progress recorded on one action by several writers at once may answer 412.</summary>
    private long[] _actions = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _cluster = await DemoCluster.StartAsync(new Dictionary<string, string> { ["RateLimits__RequestsPerMinutePerUser"] = "0" });
        _proxy = await NginxProxy.StartAsync(_cluster.A, _cluster.B);
        _http = new HttpClient { BaseAddress = _proxy.Address, Timeout = TimeSpan.FromSeconds(30) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await _cluster.AccessTokenAsync(_cluster.A, "bg.coordinator"));
        _plan = await _cluster.ScalarAsync<int>("SELECT id FROM plans ORDER BY id LIMIT 1");
        _province = await _cluster.ScalarAsync<int>($"SELECT province_id FROM plans WHERE id = {_plan}");
        _actions = new long[Writers];
        for (var w = 0; w < Writers; w++)
        {
            using var created = await _http.PostAsJsonAsync($"/api/v1/plans/{_plan}/actions", new
            {
                code = $"FAULT.{w}", dimension = "8", subDimensions = new[] { "8.3" }, textVi = $"Hành động thử sự cố {w}", recurring = true,
                leadUnitIds = new[] { _province }, coordinatingUnitIds = Array.Empty<int>(),
            });
            created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            _actions[w] = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
        }
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _http?.Dispose();
        if (_proxy is not null)
            await _proxy.DisposeAsync();
        if (_cluster is not null)
            await _cluster.DisposeAsync();
    }

    /// <summary>
    /// Four writers record progress through the proxy while B is killed and started again: every write they were
    /// told was saved is in the database exactly once (and nothing else is), the errors they saw came only around
    /// the kill, and once B is back the proxy sends to both.
    /// </summary>
    [Test]
    public async Task ShouldKeepEveryAcknowledgedWriteExactlyOnce_WhenAProcessIsKilledUnderLoad_AndServeBothWhenItReturns()
    {
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, Writers).Select(w => WriteUntilAsync(w, clock, stop.Token)).ToArray();
        await Task.Delay(TimeSpan.FromSeconds(2));
        var killedAt = clock.Elapsed;
        _cluster.B.Kill();
        await Task.Delay(TimeSpan.FromSeconds(2));
        await _cluster.B.StartAsync();
        var back = await ServedByAsync("b", TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(1));
        await stop.CancelAsync();
        var runs = (await Task.WhenAll(writers)).SelectMany(r => r).ToList();

        var stored = await CountsAsync($"SELECT narrative, count(*)::int FROM action_progress WHERE action_item_id IN ({string.Join(",", _actions)}) GROUP BY narrative");
        var seen = runs.SelectMany(r => r.Seen).ToList();
        TestContext.Progress.WriteLine($"{runs.Count} writes acknowledged; kill at {killedAt.TotalSeconds:0.00} s; what the writers saw besides 201: "
            + (seen.Count == 0 ? "nothing" : string.Join("; ", seen)));
        runs.Count.ShouldBeGreaterThan(20);
        stored.Keys.ShouldBe(runs.Select(r => r.Narrative), ignoreOrder: true, "every acknowledged write is stored, and only those");
        stored.Where(s => s.Value != 1).ShouldBeEmpty("no write is stored twice");
        // The kill's own errors (a refused or cut connection, a 5xx of the proxy) come only right after it. An attempt given
        // up after 10 s (the machine too busy) and the 409 its retry gets while that attempt still runs are slowness, not the kill.
        runs.SelectMany(r => r.Errors).Where(e => e.Kind == Failure.Lost).ShouldAllBe(e => e.At >= killedAt && e.At - killedAt < TimeSpan.FromSeconds(5),
            $"errors only for the requests in flight around the kill: {string.Join("; ", seen)}");
        runs.ShouldAllBe(r => r.Errors.All(e => e.Kind != Failure.StillRunning || e.At - killedAt < TimeSpan.FromSeconds(5)
            || r.Errors.Any(given => given.Kind == Failure.GivenUp && given.At < e.At)),
            $"a retry is told 409 only right after the kill or while an attempt it gave up on still runs: {string.Join("; ", seen)}");
        back.ShouldBeTrue("B is in the proxy's rotation again within 30 s of being ready");
    }

    /// <summary>
    /// A rolling deploy: A, then B, is stopped (SIGTERM), started and waited for until the proxy sends to it again,
    /// while four readers read a plan's overview through the proxy: not one read fails.
    /// </summary>
    [Test]
    public async Task ShouldFailNoRead_DuringARollingRestartOfEveryProcess()
    {
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, Readers).Select(_ => ReadUntilAsync(stop.Token)).ToArray();
        foreach (var api in new[] { _cluster.A, _cluster.B })
        {
            await api.StopAsync();
            await api.StartAsync();
            (await ServedByAsync(api.Name, TimeSpan.FromSeconds(30))).ShouldBeTrue($"{api.Name} is in the proxy's rotation again");
        }
        await stop.CancelAsync();
        var reads = (await Task.WhenAll(readers)).SelectMany(r => r).ToList();

        TestContext.Progress.WriteLine($"{reads.Count} reads during the rolling restart");
        reads.Count.ShouldBeGreaterThan(20);
        reads.Where(status => status != HttpStatusCode.OK).ShouldBeEmpty("no read fails while the processes restart one by one");
    }

    private enum Failure { Lost, GivenUp, StillRunning }

    private sealed record Error(TimeSpan At, Failure Kind);

    private sealed record Write(string Narrative, List<Error> Errors, List<string> Seen);

    /// <summary>
    /// One writer: each write gets a key and is sent again with it (after 100 ms) until it is answered 201, as the web
    /// client does; an attempt unanswered within 10 s is given up and sent again.
    /// </summary>
    private async Task<List<Write>> WriteUntilAsync(int writer, Stopwatch clock, CancellationToken stop)
    {
        var done = new List<Write>();
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var write = new Write($"fault {writer}.{n}", [], []);
            var key = Guid.NewGuid().ToString();
            var giveUp = clock.Elapsed + TimeSpan.FromSeconds(30);
            while (true)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/action-items/{_actions[writer]}/progress")
                {
                    Content = JsonContent.Create(new { unitId = _province, reportedOn = "2025-01-15", status = "InProgress", percent = 30, narrative = write.Narrative }),
                    Headers = { { "Idempotency-Key", key } },
                };
                using var attempt = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                try
                {
                    using var response = await _http.SendAsync(request, attempt.Token);
                    if (response.StatusCode == HttpStatusCode.Created)
                        break;
                    write.Errors.Add(new Error(clock.Elapsed, response.StatusCode == HttpStatusCode.Conflict ? Failure.StillRunning : Failure.Lost));
                    write.Seen.Add($"{clock.Elapsed.TotalSeconds:0.00} s: {(int)response.StatusCode} from {string.Join("", response.Headers.TryGetValues("X-Instance", out var by) ? by : ["nginx"])}");
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    write.Errors.Add(new Error(clock.Elapsed, e is TaskCanceledException ? Failure.GivenUp : Failure.Lost));
                    write.Seen.Add($"{clock.Elapsed.TotalSeconds:0.00} s: {e.GetType().Name}");
                }
                if (clock.Elapsed > giveUp)
                    Assert.Fail($"The write {write.Narrative} was not acknowledged within 30 s: {string.Join("; ", write.Seen)}");
                await Task.Delay(100, CancellationToken.None);
            }
            done.Add(write);
        }
        return done;
    }

    private async Task<List<HttpStatusCode>> ReadUntilAsync(CancellationToken stop)
    {
        var statuses = new List<HttpStatusCode>();
        while (!stop.IsCancellationRequested)
        {
            try
            {
                using var response = await _http.GetAsync($"/api/v1/plans/{_plan}/overview", CancellationToken.None);
                statuses.Add(response.StatusCode);
            }
            catch (HttpRequestException)
            {
                statuses.Add(0);
            }
        }
        return statuses;
    }

    /// <summary>Whether the proxy sends a request to <paramref name="instance"/> within <paramref name="within"/> (a failed process waits out its fail_timeout).</summary>
    private async Task<bool> ServedByAsync(string instance, TimeSpan within)
    {
        for (var deadline = DateTime.UtcNow + within; DateTime.UtcNow < deadline; await Task.Delay(100))
        {
            using var response = await _http.GetAsync("/health/ready");
            if (response.Headers.TryGetValues("X-Instance", out var names) && names.Single() == instance)
                return true;
        }
        return false;
    }

    private async Task<Dictionary<string, int>> CountsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new Dictionary<string, int>();
        while (await reader.ReadAsync())
            counts[reader.GetString(0)] = reader.GetInt32(1);
        return counts;
    }
}
