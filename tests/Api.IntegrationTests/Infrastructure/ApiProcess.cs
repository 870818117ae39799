using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

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
        Http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
    }

    public string Name { get; }
    public int Port { get; }
    public Uri Address { get; }

    /// <summary>Anonymous: each call says who it is with <see cref="SendAsync"/>.</summary>
    public HttpClient Http { get; }

    public int ProcessId => _process?.Id ?? throw new InvalidOperationException($"API process {Name} is not running.");

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>
    /// Starts the process (named in X-Instance) on the host's address and waits until /health/ready says Healthy
    /// (the database answers and the change channel listens). <paramref name="settings"/> add to or replace the defaults.
    /// </summary>
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

        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"API process {Name} exited ({_process.ExitCode}):\n{Output}");
            try
            {
                if (await HealthAsync() == "Healthy")
                    return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // busy starting
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"API process {Name} was not ready within 3 minutes:\n{Output}");
    }

    public async Task<string> HealthAsync()
    {
        using var response = await Http.GetAsync("/health/ready");
        return await response.Content.ReadAsStringAsync();
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? accessToken, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (accessToken is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        if (body is HttpContent content)
            request.Content = content;
        else if (body is not null)
            request.Content = JsonContent.Create(body);
        return await Http.SendAsync(request);
    }

    public async Task<JsonElement> SignInAsync(string userName, string password)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/v1/auth/login", null, new { userName, password });
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>Stops the process as a deploy does: SIGTERM, so it stops taking connections and finishes the requests it has.</summary>
    public async Task StopAsync()
    {
        if (_process is not { HasExited: false } process)
            return;
        using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await term.WaitForExitAsync();
        await process.WaitForExitAsync();
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
        Http.Dispose();
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
