using PapiTracker.Application.Common.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Infrastructure.Data;
using Respawn;

namespace PapiTracker.Api.IntegrationTests;

/// <summary>Starts the database and the API once for all tests (it sits in the root namespace so it covers them all), migrates with the real migrations.</summary>
[SetUpFixture]
public sealed class TestRun
{
    private static TestDatabase? _database;
    private static PapiApiFactory? _factory;
    private static Respawner? _respawner;

    internal static PapiApiFactory Factory => _factory ?? throw new InvalidOperationException("The test run has not started.");

    /// <summary>The run's signature trust list folder (<c>Signatures:TrustDirectory</c>): empty unless a test puts a CA in it.</summary>
    internal static string TrustDirectory { get; } = Path.Combine(Path.GetTempPath(), $"papi-trust-{Guid.NewGuid():N}");

    internal static string ConnectionString => _database?.ConnectionString ?? throw new InvalidOperationException("The test run has not started.");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        Directory.CreateDirectory(TrustDirectory);
        _database = await TestDatabase.StartAsync();
        TestContext.Progress.WriteLine($"Integration tests on PostgreSQL from {_database.Source}.");
        _factory = new PapiApiFactory(_database.ConnectionString, ("RateLimits:FailedSignInsPerAddress", "0"), ("RateLimits:SignInsPerMinutePerAddress", "0"), ("RateLimits:RequestsPerMinutePerUser", "0"), ("RateLimits:RequestsPerMinutePerApiToken", "0"), ("Reminders:IntervalMinutes", "0"),
            ("Webhooks:Interval", "00:00:00"), ("Signatures:TrustDirectory", TrustDirectory));
        await using (var scope = _factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Database.MigrateAsync();

        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            // Reference data written by migrations stays; everything a test writes goes.
            TablesToIgnore = ["__ef_migrations_history", "frameworks", "framework_versions", "dimensions", "sub_dimensions"],
        });
    }

    /// <summary>Empties every table a test can write to.</summary>
    internal static async Task ResetDataAsync()
    {
        await using var connection = new NpgsqlConnection(_database!.ConnectionString);
        await connection.OpenAsync();
        await _respawner!.ResetAsync(connection);
        // The catalogue (PAPI) stays; frameworks a test defined through the API go with the rest.
        await using (var command = new NpgsqlCommand("DELETE FROM frameworks WHERE code <> 'PAPI'", connection))
            await command.ExecuteNonQueryAsync();
        // Respawn deletes around the application, as SQL by hand would: the in-process caches are told here.
        foreach (var cache in Factory.Services.GetServices<IChangeAwareCache>())
            cache.Forget();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_factory is not null)
            await _factory.DisposeAsync();
        if (_database is not null)
            await _database.DisposeAsync();
        Directory.Delete(TrustDirectory, recursive: true);
    }
}
