using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Domain.Access;
using PapiTracker.Infrastructure.Data;
using PapiTracker.Infrastructure.Identity;

namespace PapiTracker.Api.IntegrationTests.Reliability;

/// <summary>
/// PostgreSQL crashes in the middle of a stream of writes and comes back. While it is down every
/// request is answered quickly with a 503 problem and readiness says unhealthy; afterwards the same
/// API process serves again, and every write it acknowledged before the crash is still there.
/// The test runs its own durable server (synchronous commit on), so it can kill it.
/// </summary>
[NonParallelizable]
public sealed class DatabaseOutageTests
{
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(6);

    private sealed record Outcome(string Name, HttpStatusCode? Status, TimeSpan Took, string Body, string Phase);

    [Test]
    public async Task ShouldAnswer503DuringAnOutage_RecoverWithoutRestart_AndKeepEveryAcknowledgedWrite()
    {
        await using var database = await LocalPostgresServer.StartAsync(durable: true);
        // Three writers retrying every 100 ms through the outage outrun a user's request budget, which is not under test here.
        await using var api = new PapiApiFactory(database.ConnectionString, ("RateLimits:RequestsPerMinutePerUser", "0"));
        using var client = await SignedInAdminAsync(api);
        client.Timeout = TimeSpan.FromSeconds(20);
        using var health = api.CreateClient();
        using var created = await client.PostAsJsonAsync("/api/v1/org-units", new { kind = "Province", nameVi = "Tỉnh Thử Nghiệm" });
        await created.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var provinceId = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();

        var phase = "before";
        var outcomes = new ConcurrentBag<Outcome>();
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 3).Select(writer => Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var name = $"Xã {writer}-{n}";
                var during = phase;
                var clock = Stopwatch.StartNew();
                try
                {
                    using var response = await client.PostAsJsonAsync("/api/v1/org-units", new { kind = "Commune", nameVi = name, parentId = provinceId });
                    outcomes.Add(new Outcome(name, response.StatusCode, clock.Elapsed, await response.Content.ReadAsStringAsync(), during));
                    if (response.StatusCode != HttpStatusCode.Created)
                        await Task.Delay(100);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    outcomes.Add(new Outcome(name, null, clock.Elapsed, e.Message, during));
                }
            }
        })).ToList();

        await WaitUntilAsync(() => outcomes.Count(o => o.Status == HttpStatusCode.Created) >= 30, TimeSpan.FromSeconds(30));
        phase = "crash";
        await database.CrashAsync();
        phase = "outage";
        var outageStarted = outcomes.Count;
        await WaitUntilAsync(() => outcomes.Count(o => o.Phase == "outage") >= 15, TimeSpan.FromSeconds(30));
        var readiness = Stopwatch.StartNew();
        using var unhealthy = await health.GetAsync("/health/ready");
        readiness.Stop();
        using var problem = await client.GetAsync("/api/v1/org-units");
        var problemBody = await problem.Content.ReadAsStringAsync();

        phase = "restart";
        await database.RestartAsync();
        phase = "after";
        var recovery = Stopwatch.StartNew();
        await WaitUntilAsync(() => outcomes.Count(o => o.Phase == "after" && o.Status == HttpStatusCode.Created) >= 5, TimeSpan.FromSeconds(30));
        recovery.Stop();
        await stop.CancelAsync();
        await Task.WhenAll(writers);
        using var healthy = await health.GetAsync("/health/ready");

        var all = outcomes.ToList();
        TestContext.Progress.WriteLine(
            $"Outage: {all.Count} writes, " + string.Join(", ", all.GroupBy(o => $"{o.Phase} {(o.Status is { } s ? (int)s : 0)}").OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"))
            + $"; slowest outage answer {all.Where(o => o.Phase == "outage").Max(o => o.Took).TotalMilliseconds:0} ms; readiness {readiness.ElapsedMilliseconds} ms; recovered in {recovery.ElapsedMilliseconds} ms");

        // During the outage: 503 problems, quickly, never a hang or a 500.
        var outage = all.Where(o => o.Phase == "outage").ToList();
        outage.ShouldNotBeEmpty();
        outage.ShouldAllBe(o => o.Status == HttpStatusCode.ServiceUnavailable, string.Join("\n", outage.Where(o => o.Status != HttpStatusCode.ServiceUnavailable).Take(5)));
        outage.ShouldAllBe(o => o.Took < Quick);
        problem.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        problem.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        problem.Headers.RetryAfter.ShouldNotBeNull();
        JsonDocument.Parse(problemBody).RootElement.GetProperty("status").GetInt32().ShouldBe(503);
        foreach (var internals in new[] { "Npgsql", "Exception", "127.0.0.1", "refused" })
            problemBody.ShouldNotContain(internals);
        unhealthy.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        readiness.Elapsed.ShouldBeLessThan(Quick);

        // Around the crash nothing but success or 503 either; afterwards the same process serves again.
        all.ShouldAllBe(o => o.Status == HttpStatusCode.Created || o.Status == HttpStatusCode.ServiceUnavailable,
            string.Join("\n", all.Where(o => o.Status is not (HttpStatusCode.Created or HttpStatusCode.ServiceUnavailable)).Take(5)));
        healthy.StatusCode.ShouldBe(HttpStatusCode.OK);

        // Every acknowledged write survived the crash.
        var acknowledged = all.Where(o => o.Status == HttpStatusCode.Created).Select(o => o.Name).ToHashSet();
        var stored = await StoredNamesAsync(database.ConnectionString);
        acknowledged.Except(stored).ShouldBeEmpty("writes acknowledged with 201 but missing after the restart");
        acknowledged.Count(n => all.Single(o => o.Name == n).Phase == "before").ShouldBeGreaterThanOrEqualTo(30);
        outageStarted.ShouldBeGreaterThan(0);
    }

    private static async Task<HttpClient> SignedInAdminAsync(PapiApiFactory api)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        await db.Database.MigrateAsync();
        var user = new ApplicationUser { Id = Guid.CreateVersion7(), UserName = "outage.admin", DisplayName = "Outage admin" };
        (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().CreateAsync(user)).Succeeded.ShouldBeTrue();
        db.RoleAssignments.Add(RoleAssignment.Grant(user.Id, Role.SystemAdmin, null));
        await db.SaveChangesAsync();
        var session = await scope.ServiceProvider.GetRequiredService<ISessionTokens>().StartAsync(user.Id, CancellationToken.None);
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken);
        return client;
    }

    private static async Task<HashSet<string>> StoredNamesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select name_vi from org_units", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new HashSet<string>();
        while (await reader.ReadAsync())
            names.Add(reader.GetString(0));
        return names;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > limit)
                Assert.Fail($"Gave up waiting after {limit.TotalSeconds} s.");
            await Task.Delay(50);
        }
    }
}
