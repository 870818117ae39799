using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PapiTracker.Api.IntegrationTests.Infrastructure;

namespace PapiTracker.Api.IntegrationTests.Cluster;

/// <summary>
/// The built API started as its own process (<c>dotnet PapiTracker.Api.dll</c>, as make run and the e2e
/// start it) on a free port, killed on dispose. Its output is kept for the failure message.
/// </summary>
internal sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ApiProcess(Process process, int port)
    {
        _process = process;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        Http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
    }

    public Uri BaseAddress { get; }

    /// <summary>Anonymous: each call says who it is with <see cref="SendAsync"/>.</summary>
    public HttpClient Http { get; }

    public int ProcessId => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    public static async Task<ApiProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var dll = Path.Combine(ApiBuildDirectory(), "PapiTracker.Api.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var port = LocalPostgresServer.FreePort();
        foreach (var arg in new[] { dll, "--contentRoot", Path.GetDirectoryName(dll)!, "--urls", $"http://127.0.0.1:{port}" })
            start.ArgumentList.Add(arg);
        foreach (var (key, value) in settings)
            start.Environment[key] = value;
        var api = new ApiProcess(Process.Start(start)!, port);
        api._process.OutputDataReceived += (_, e) => api.Keep(e.Data);
        api._process.ErrorDataReceived += (_, e) => api.Keep(e.Data);
        api._process.BeginOutputReadLine();
        api._process.BeginErrorReadLine();
        await api.WaitUntilReadyAsync();
        return api;
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

    private async Task WaitUntilReadyAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The API process exited ({_process.ExitCode}):\n{Output}");
            try
            {
                using var response = await Http.GetAsync("/health/ready");
                if (response.IsSuccessStatusCode && await response.Content.ReadAsStringAsync() == "Healthy")
                    return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The API process did not become ready:\n{Output}");
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    /// <summary>The API project's own build output beside this test project's (same configuration).</summary>
    private static string ApiBuildDirectory()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testBin.Name;
        var configuration = testBin.Parent!.Name;
        var repo = testBin;
        while (repo is not null && !File.Exists(Path.Combine(repo.FullName, "PapiTracker.sln")))
            repo = repo.Parent;
        return Path.Combine(repo?.FullName ?? throw new InvalidOperationException("No PapiTracker.sln above the test binaries."),
            "src", "Api", "bin", configuration, framework);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
