using System.Diagnostics;

namespace PapiTracker.Api.IntegrationTests.Infrastructure;

/// <summary>
/// nginx in front of API processes with the configuration `make run REPLICAS=N` writes (scripts/lib.sh and
/// deploy/nginx/papitracker-proxy.conf), in a temporary directory, in the foreground so the test owns it.
/// </summary>
internal sealed class NginxProxy : IAsyncDisposable
{
    private const string Nginx = "/usr/sbin/nginx";
    private readonly string _dir;
    private readonly Process _process;

    private NginxProxy(string dir, int port, Process process)
    {
        _dir = dir;
        Port = port;
        _process = process;
    }

    public int Port { get; }
    public Uri Address => new($"http://127.0.0.1:{Port}");

    public static Task<NginxProxy> StartAsync(params ApiProcess[] upstream) => StartAsync(upstream.Select(api => api.Port).ToArray());

    /// <summary>nginx in front of whatever listens on these 127.0.0.1 ports, in this order.</summary>
    public static async Task<NginxProxy> StartAsync(params int[] upstream)
    {
        File.Exists(Nginx).ShouldBeTrue("nginx is not installed: make test installs it (apt-get install nginx-light).");
        var dir = Directory.CreateTempSubdirectory("papi-proxy-test.").FullName;
        var port = LocalPostgresServer.FreePort();
        await RepositoryScripts.MustRunAsync("source scripts/lib.sh && write_proxy_config \"$@\"", null,
            [dir, port.ToString(), .. upstream.Select(p => p.ToString())]);
        var start = new ProcessStartInfo(Nginx) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-e", "stderr", "-p", dir, "-c", Path.Combine(dir, "nginx.conf"), "-g", "daemon off;" })
            start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        var proxy = new NginxProxy(dir, port, process);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 40; attempt++)
        {
            process.HasExited.ShouldBeFalse($"nginx exited: {await process.StandardError.ReadToEndAsync()}");
            try
            {
                using var ready = await http.GetAsync(new Uri(proxy.Address, "/health/live"));
                if (ready.IsSuccessStatusCode)
                    return proxy;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(250);
        }
        await proxy.DisposeAsync();
        throw new TimeoutException("nginx did not answer within 10 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // The workers too: killing the master alone leaves them serving the port as orphans.
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}
