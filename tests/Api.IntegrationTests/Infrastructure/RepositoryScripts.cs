using System.Diagnostics;

namespace PapiTracker.Api.IntegrationTests.Infrastructure;

/// <summary>The project's own bash scripts (scripts/*.sh), run as make runs them, so a test proves what an operator runs.</summary>
internal static class RepositoryScripts
{
    public sealed record Result(int ExitCode, string Output);

    /// <summary>Runs a bash command line from the repository root with the given environment; returns its exit code and output.</summary>
    public static async Task<Result> BashAsync(string command, IDictionary<string, string>? environment = null, params string[] args)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = ReferenceFiles.RepositoryFile(),
        };
        foreach (var arg in new[] { "-c", command, "bash" }.Concat(args))
            start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new Result(process.ExitCode, await output + await error);
    }

    /// <summary>Like <see cref="BashAsync"/>, and fails the test with the output when the command fails.</summary>
    public static async Task<string> MustRunAsync(string command, IDictionary<string, string>? environment = null, params string[] args)
    {
        var result = await BashAsync(command, environment, args);
        result.ExitCode.ShouldBe(0, $"{command} {string.Join(' ', args)} failed:\n{result.Output}");
        return result.Output;
    }
}
