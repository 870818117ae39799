using System.Diagnostics;
using System.Text;

namespace PapiTracker.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The API as an operator runs it: its own `dotnet PapiTracker.Api.dll` process on a 127.0.0.1 port, configured by
/// environment variables, for the tests that need several processes, a proxy in front or a process killed.
/// Its output is kept for the failure message.
/// </summary>
internal sealed class ApiProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string> _settings;
    private readonly StringBuilder _output = new();
    private Process? _process;

    private ApiProcess(string name, string host, int port, Dictionary<string, string> settings)
    {
        Name = name;
        Address = new Uri($"http://{host}:{port}");
        Port = port;
        _settings = settings;
    }

    public string Name { get; }
    public int Port { get; }
    public Uri Address { get; }

    /// <summary>Starts the process (named in X-Instance) on the host's address and waits until /health/ready answers.</summary>
    public static async Task<ApiProcess> StartAsync(string name, string connectionString, IDictionary<string, string>? settings = null, string host = "127.0.0.1")
    {
        var all = new Dictionary<string, string>
        {
            ["ConnectionStrings__Default"] = connectionString,
            ["Instance__Name"] = name,
            ["Reminders__IntervalMinutes"] = "0",
            ["Serilog__MinimumLevel__Default"] = "Warning",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            all[key] = value;
        var api = new ApiProcess(name, host, LocalPostgresServer.FreePort(), all);
        await api.StartAsync();
        return api;
    }

    /// <summary>Starts it again after <see cref="Kill"/>, on the same port with the same settings.</summary>
    public async Task StartAsync()
    {
        var binaries = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = binaries };
        foreach (var arg in new[] { Path.Combine(binaries, "PapiTracker.Api.dll"), "--contentRoot", binaries, "--urls", Address.ToString().TrimEnd('/') })
            start.ArgumentList.Add(arg);
        foreach (var (key, value) in _settings)
            start.Environment[key] = value;
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"API process {Name} exited ({_process.ExitCode}):\n{Output}");
            try
            {
                using var ready = await http.GetAsync(new Uri(Address, "/health/ready"));
                if (ready.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"API process {Name} was not ready within 3 minutes:\n{Output}");
    }

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>Kills the process as a crash would: no graceful shutdown, connections cut.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }
}
