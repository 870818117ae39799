using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using PapiTracker.Api.IntegrationTests.Infrastructure;

namespace PapiTracker.Api.IntegrationTests.Security.Fuzzing;

/// <summary>
/// Walks the OpenAPI document the server publishes (so a new endpoint is fuzzed the day it appears) and
/// sends every operation hostile requests. The server may refuse them however it likes, but never with
/// a 5xx, always as a problem document without internals, and without changing a row on the way.
/// The seed is fixed so a failure reproduces; PAPI_FUZZ_SEED tries another.
/// </summary>
public sealed class ContractFuzzingTests : ApiTest
{
    private const int DefaultSeed = 20261127;
    private const int MinimumCases = 500;

    /// <summary>Text that only an exception, a stack trace or the database would put in a body (the fuzzer never sends these words).</summary>
    private static readonly string[] Internals =
        ["   at ", "Exception", "Npgsql", "Postgres", "SqlState", "syntax error at or near", "violates", "relation \"", "StackTrace", "System.", "Microsoft.", "PapiTracker."];

    [Test]
    public async Task ShouldRefuseHostileInputToEveryOperation_WithProblemsAndNoChange()
    {
        var failures = new List<string>();
        foreach (var seed in Seeds())
        {
            var (cases, operations) = await FuzzAsync(seed, failures);
            operations.ShouldBeGreaterThan(40, "the document lists the API's operations");
            cases.ShouldBeGreaterThanOrEqualTo(MinimumCases);
        }

        foreach (var failure in failures)
            TestContext.Progress.WriteLine(failure);
        failures.ShouldBeEmpty($"{failures.Count} hostile requests were mishandled");
    }

    /// <summary>The fixed seed; PAPI_FUZZ_SEED=n for another, or a range "1..20" for a soak (make test-long).</summary>
    private static IEnumerable<int> Seeds()
    {
        var given = Environment.GetEnvironmentVariable("PAPI_FUZZ_SEED");
        if (string.IsNullOrWhiteSpace(given))
            return [DefaultSeed];
        var range = given.Split("..");
        return range.Length == 2
            ? Enumerable.Range(int.Parse(range[0], CultureInfo.InvariantCulture), int.Parse(range[1], CultureInfo.InvariantCulture) - int.Parse(range[0], CultureInfo.InvariantCulture) + 1)
            : [int.Parse(given, CultureInfo.InvariantCulture)];
    }

    private async Task<(int Cases, int Operations)> FuzzAsync(int seed, List<string> failures)
    {
        await TestRun.ResetDataAsync();
        using var admin = await TestActors.ClientForAsync(await TestActors.UserAsync("fuzz.admin", null, (Domain.Access.Role.SystemAdmin, null)));
        var world = await SecurityWorld.ArrangeAsync(admin);
        using var officer = await TestActors.ClientForAsync(world.OfficerId);
        var document = OpenApiDocument.Parse(await admin.GetStringAsync("/swagger/v1/swagger.json"));
        var operations = document.Operations();
        var generator = new FuzzCases(document, world, new Random(seed));
        var cases = operations.SelectMany(generator.For).ToList();

        var statuses = new SortedDictionary<int, int>();
        var before = await DatabaseFingerprint.TakeAsync();
        var clock = Stopwatch.StartNew();
        foreach (var fuzz in cases)
        {
            using var request = fuzz.Build();
            using var response = await (fuzz.AsScopedUser ? officer : admin).SendAsync(request);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var body = await response.Content.ReadAsStringAsync();
            var after = await DatabaseFingerprint.TakeAsync();

            foreach (var problem in Judge(response, body))
                failures.Add($"seed {seed}: {fuzz} → {status}: {problem}");
            if (status >= 400 && DatabaseFingerprint.Changed(before, after) is { Count: > 0 } changed)
                failures.Add($"seed {seed}: {fuzz} → {status} but changed {string.Join(", ", changed)}");
            before = after;
        }

        TestContext.Progress.WriteLine(
            $"Contract fuzzing, seed {seed}: {cases.Count} cases over {operations.Count} operations in {clock.Elapsed.TotalSeconds:0.0} s; "
            + string.Join(", ", statuses.Select(kv => $"{kv.Key}×{kv.Value}")));
        return (cases.Count, operations.Count);
    }

    [Test]
    public void ShouldBuildTheSameCases_FromTheSameSeed()
    {
        var document = OpenApiDocument.Parse(File.ReadAllText(ReferenceFiles.RepositoryFile("client", "openapi", "v1.json")));
        var world = new SecurityWorld(null!, Unit(1), Unit(2), Unit(3), Unit(4), Unit(5), Unit(6), Guid.Empty, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        string Describe(int seed) => string.Join('\n', document.Operations()
            .SelectMany(new FuzzCases(document, world with { Province = Unit(0) }, new Random(seed)).For)
            .Select(c => { using var r = c.Build(); return $"{c} {r.RequestUri} {r.Content?.Headers.ContentLength}"; }));

        Describe(DefaultSeed).ShouldBe(Describe(DefaultSeed));
        Describe(DefaultSeed).ShouldNotBe(Describe(DefaultSeed + 1));
    }

    private static Domain.Organization.OrgUnit Unit(int id) =>
        Domain.Organization.OrgUnit.Create(Domain.Organization.OrgUnitKind.Commune, null, $"Xã {id}", null, null, new DateOnly(2020, 1, 1));

    /// <summary>What is wrong with the answer to a hostile request, if anything.</summary>
    private static IEnumerable<string> Judge(HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
            yield return "a server error";
        foreach (var leak in Internals.Where(i => body.Contains(i, StringComparison.Ordinal)))
            yield return $"the body shows internals ('{leak.Trim()}'): {Shorten(body)}";
        if (status < 400)
            yield break;
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            yield return $"not a problem document but '{response.Content.Headers.ContentType}': {Shorten(body)}";
            yield break;
        }
        JsonElement problem;
        try
        {
            problem = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException)
        {
            problem = default;
        }
        if (problem.ValueKind != JsonValueKind.Object)
        {
            yield return $"the problem is not a JSON object: {Shorten(body)}";
            yield break;
        }
        if (!problem.TryGetProperty("type", out var type) || type.GetString() is not { Length: > 0 })
            yield return $"the problem has no type: {Shorten(body)}";
        if (!problem.TryGetProperty("title", out var title) || title.GetString() is not { Length: > 0 })
            yield return $"the problem has no title: {Shorten(body)}";
        if (!problem.TryGetProperty("status", out var statusProperty) || statusProperty.GetInt32() != status)
            yield return $"the problem's status differs from the response's: {Shorten(body)}";
    }

    private static string Shorten(string body) => body.Length > 400 ? body[..400] + "…" : body;
}
