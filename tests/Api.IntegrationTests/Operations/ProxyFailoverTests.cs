using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using PapiTracker.Api.IntegrationTests.Infrastructure;

namespace PapiTracker.Api.IntegrationTests.Operations;

/// <summary>
/// `make run REPLICAS=N`'s proxy with real processes: nginx with the project's configuration in front of two API
/// processes on the test database. Requests are spread over both; one killed under load loses no GET (nginx sends
/// what it could not get answered to the other); back, it is served again. A POST is sent again only with a key.
/// </summary>
public sealed class ProxyFailoverTests
{
    private sealed record Outcome(HttpStatusCode? Status, string? Instance);

    [Test]
    public async Task ShouldSpreadRequestsOverBothProcesses_LoseNoGetWhenOneIsKilled_AndServeItAgainWhenItReturns()
    {
        var sameKey = new Dictionary<string, string> { ["Auth__SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) };
        await using var a = await ApiProcess.StartAsync("api-a", TestRun.ConnectionString, sameKey);
        await using var b = await ApiProcess.StartAsync("api-b", TestRun.ConnectionString, sameKey);
        await using var proxy = await NginxProxy.StartAsync(a, b);
        using var http = new HttpClient { BaseAddress = proxy.Address, Timeout = TimeSpan.FromSeconds(20) };

        (await InstancesAsync(http, 10)).ShouldBe(["api-a", "api-b"], ignoreOrder: true);

        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, 4).Select(_ => GetUntilAsync(http, stop.Token)).ToArray();
        await Task.Delay(TimeSpan.FromSeconds(1));
        a.Kill();
        await Task.Delay(TimeSpan.FromSeconds(2));
        await stop.CancelAsync();
        var outcomes = (await Task.WhenAll(load)).SelectMany(o => o).ToList();

        outcomes.Count.ShouldBeGreaterThan(20);
        outcomes.Where(o => o.Status != HttpStatusCode.OK).ShouldBeEmpty("every GET through the proxy is answered while a process dies");
        (await InstancesAsync(http, 10)).ShouldBe(["api-b"]);

        await a.StartAsync();
        // Passive failover: a process that failed is tried again once its fail_timeout (10 s) has passed.
        var served = false;
        for (var deadline = DateTime.UtcNow.AddSeconds(30); !served && DateTime.UtcNow < deadline; await Task.Delay(250))
            served = (await InstancesAsync(http, 2)).Contains("api-a");
        served.ShouldBeTrue("the restarted process is back in the proxy's rotation within 30 s");
    }

    [Test]
    public async Task ShouldSendAPostAgainOnlyWithAnIdempotencyKey_WhenItsProcessDiesBeforeAnswering()
    {
        await using var api = await ApiProcess.StartAsync("api", TestRun.ConnectionString);

        // Round robin gives the dying process a share of the requests until it has failed twice.
        using (var dying = new DyingProcess())
        await using (var keyed = await NginxProxy.StartAsync(dying.Port, api.Port))
        {
            for (var i = 0; i < 4; i++)
                (await SignInWithAWrongPasswordAsync(keyed, Guid.NewGuid().ToString())).ShouldBe(HttpStatusCode.Unauthorized);
            dying.PostsTaken.ShouldBeGreaterThan(0, "a keyed POST reached the dying process and was answered by the other");
        }
        using (var dying = new DyingProcess())
        await using (var unkeyed = await NginxProxy.StartAsync(dying.Port, api.Port))
        {
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 4; i++)
                statuses.Add(await SignInWithAWrongPasswordAsync(unkeyed, idempotencyKey: null));
            dying.PostsTaken.ShouldBeGreaterThan(0);
            statuses.Count(s => s == HttpStatusCode.BadGateway).ShouldBe(dying.PostsTaken, "a POST without a key that its process took is not sent again");
        }
    }

    /// <summary>A process that dies with every request: it reads it and closes the connection without a word.</summary>
    private sealed class DyingProcess : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();
        private int _posts;

        public DyingProcess()
        {
            _listener.Start();
            _ = HangUpOnEveryRequestAsync();
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
        public int PostsTaken => Volatile.Read(ref _posts);

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
            _stop.Dispose();
        }

        private async Task HangUpOnEveryRequestAsync()
        {
            try
            {
                while (true)
                {
                    using var connection = await _listener.AcceptTcpClientAsync(_stop.Token);
                    var request = new byte[16 * 1024];
                    var read = await connection.GetStream().ReadAtLeastAsync(request, 4, throwOnEndOfStream: false, _stop.Token);
                    if (read >= 4 && request.AsSpan(0, 4).SequenceEqual("POST"u8))
                        Interlocked.Increment(ref _posts);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
            }
        }
    }

    private static async Task<HttpStatusCode> SignInWithAWrongPasswordAsync(NginxProxy proxy, string? idempotencyKey)
    {
        using var http = new HttpClient { BaseAddress = proxy.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login")
        {
            Content = JsonContent.Create(new { userName = "nobody", password = "wrong-password" }),
        };
        if (idempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>The instances that answered <paramref name="count"/> GETs, each of which must succeed.</summary>
    private static async Task<string[]> InstancesAsync(HttpClient http, int count)
    {
        var instances = new HashSet<string>();
        for (var i = 0; i < count; i++)
        {
            var outcome = await GetAsync(http);
            outcome.Status.ShouldBe(HttpStatusCode.OK);
            instances.Add(outcome.Instance!);
        }
        return [.. instances];
    }

    private static async Task<List<Outcome>> GetUntilAsync(HttpClient http, CancellationToken stop)
    {
        var outcomes = new List<Outcome>();
        while (!stop.IsCancellationRequested)
            outcomes.Add(await GetAsync(http));
        return outcomes;
    }

    /// <summary>A GET of the readiness check (it reads the database); a request that got no answer at all has no status.</summary>
    private static async Task<Outcome> GetAsync(HttpClient http)
    {
        try
        {
            using var response = await http.GetAsync("/health/ready");
            return new Outcome(response.StatusCode, response.Headers.TryGetValues("X-Instance", out var names) ? names.Single() : null);
        }
        catch (HttpRequestException)
        {
            return new Outcome(null, null);
        }
    }
}
