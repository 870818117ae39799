using System.Diagnostics;

namespace PapiTracker.Generator;

/// <summary>What to generate. Sizes default to the national scale of issue #7.</summary>
public sealed record GeneratorOptions(
    string ConnectionString,
    int Seed,
    string ScoresFile,
    DateOnly AsOf,
    int Districts,
    int Communes,
    int ActionsPerPlan,
    string Password)
{
    public const string Usage =
        "usage: PapiTracker.Generator --connection <npgsql connection string> [--seed 7] [--scores <papi scores csv>]\n" +
        "       [--as-of 2026-11-25] [--districts 705] [--communes 10600] [--actions 50] [--password <password of every generated user>]";

    public static GeneratorOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
                return null;
            values[args[i][2..]] = args[i + 1];
        }
        if (args.Length % 2 != 0 || !values.TryGetValue("connection", out var connection))
            return null;
        return new GeneratorOptions(
            connection,
            int.Parse(values.GetValueOrDefault("seed", "7")),
            values.GetValueOrDefault("scores", "../shared/reference/papi-subdimension-scores-2018-2024.csv"),
            DateOnly.Parse(values.GetValueOrDefault("as-of", "2026-11-25")),
            int.Parse(values.GetValueOrDefault("districts", "705")),
            int.Parse(values.GetValueOrDefault("communes", "10600")),
            int.Parse(values.GetValueOrDefault("actions", "50")),
            values.GetValueOrDefault("password", "Bench-Password-2026"));
    }
}

internal static class Progress
{
    private static readonly Stopwatch _clock = Stopwatch.StartNew();

    public static void Step(string message) => Console.WriteLine($"[{_clock.Elapsed.TotalSeconds,6:0.0}s] {message}");
}
