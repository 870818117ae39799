using System.Net;
using System.Text;
using Npgsql;
using PapiTracker.Api.IntegrationTests.Infrastructure;

namespace PapiTracker.Api.IntegrationTests.Reliability;

/// <summary>
/// A caller who gives up half-way (closes the tab, times out) leaves all of its change or none of it.
/// The score import writes in steps inside one transaction (the releases, their revisions, then the entries), so
/// it is cut at several moments; each time the tables hold nothing or everything.
/// </summary>
public sealed class CancellationTests : ApiTest
{
    private const int Provinces = 20;
    private static readonly int[] Years = [2018, 2019, 2020, 2021, 2022, 2023, 2024];

    private static byte[] ScoreFile() => Encoding.UTF8.GetBytes(ScoreFileUploads.Header + "\n" + string.Join("\n",
        Years.SelectMany(year => Enumerable.Range(1, Provinces).Select(p => ScoreFileUploads.Row(year, $"Tỉnh Số {p}", $"Province {p}", 1.2m + (p % 10) / 10m)))) + "\n");

    [Test]
    public async Task ShouldLeaveAllOrNothing_WhenTheCallerCancelsAnImport()
    {
        var file = ScoreFile();
        var everything = $"{Provinces}/{Years.Length}/{Provinces * Years.Length}";
        var nothing = $"{Provinces}/0/0";
        using (var first = await FreshAdminAsync())
        {
            // Warm, then timed: the first import of a run pays for compiling its code paths.
            using (var warm = await first.PostAsync("/api/v1/score-releases/import", new MultipartFormDataContent { { new ByteArrayContent(file), "file", "scores.csv" } }))
                await warm.ShouldHaveStatusAsync(HttpStatusCode.OK);
            await TestRun.ResetDataAsync();
            using var again = await FreshAdminAsync();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            using var whole = await again.PostAsync("/api/v1/score-releases/import", new MultipartFormDataContent { { new ByteArrayContent(file), "file", "scores.csv" } });
            clock.Stop();
            await whole.ShouldHaveStatusAsync(HttpStatusCode.OK);
            (await SettledCountsAsync()).ShouldBe(everything);
            _duration = clock.Elapsed;
        }

        // Cut at moments spread over the whole import: while reading, between its two writes, while committing.
        var seen = new List<string>();
        var interrupted = 0;
        foreach (var fraction in new[] { 0.05, 0.25, 0.45, 0.65, 0.85 })
        {
            using var admin = await FreshAdminAsync();
            using var cancel = new CancellationTokenSource(_duration * fraction);
            try
            {
                using var response = await admin.PostAsync("/api/v1/score-releases/import",
                    new MultipartFormDataContent { { new ByteArrayContent(file), "file", "scores.csv" } }, cancel.Token);
                await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
            }
            catch (OperationCanceledException)
            {
                interrupted++;
            }

            var counts = await SettledCountsAsync();
            seen.Add($"{_duration.TotalMilliseconds * fraction:0} ms: {counts}");
            counts.ShouldBeOneOf(nothing, everything);
        }

        TestContext.Progress.WriteLine($"Import of {_duration.TotalMilliseconds:0} ms cancelled at (provinces/releases/entries): {string.Join("; ", seen)}");
        interrupted.ShouldBeGreaterThan(0, "no request was cancelled before it finished: the test proved nothing");
    }

    private TimeSpan _duration;

    /// <summary>An empty database but for the file's provinces and a system admin, signed in.</summary>
    private static async Task<HttpClient> FreshAdminAsync()
    {
        await TestRun.ResetDataAsync();
        var admin = await TestActors.ClientForAsync(await TestActors.UserAsync("cancel.admin", null, (Domain.Access.Role.SystemAdmin, null)));
        await admin.ImportUnitsAsync(Enumerable.Range(1, Provinces).Select(p => $"T{p},Province,Tỉnh Số {p},Province {p},,,2000-01-01"));
        return admin;
    }

    /// <summary>Counts once the server has finished with the abandoned request (its rollback or commit), not mid-way.</summary>
    private static async Task<string> SettledCountsAsync()
    {
        await using var connection = new NpgsqlConnection(TestRun.ConnectionString);
        await connection.OpenAsync();
        string? previous = null;
        for (var i = 0; i < 100; i++)
        {
            await using var busy = new NpgsqlCommand(
                "select count(*) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and state in ('active', 'idle in transaction')", connection);
            var active = (long)(await busy.ExecuteScalarAsync())!;
            await using var command = new NpgsqlCommand(
                "select (select count(*) from org_units) || '/' || (select count(*) from score_releases) || '/' || (select count(*) from release_entries)", connection);
            var counts = (string)(await command.ExecuteScalarAsync())!;
            if (active == 0 && counts == previous)
                return counts;
            previous = counts;
            await Task.Delay(100);
        }
        return previous!;
    }
}
