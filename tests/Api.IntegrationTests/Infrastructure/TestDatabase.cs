using DotNet.Testcontainers.Builders;
using Testcontainers.PostgreSql;

namespace PapiTracker.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The one PostgreSQL of a test run: PAPI_TEST_DB if set, else a Testcontainers server where a
/// Docker engine answers, else a throwaway local server.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly IAsyncDisposable? _owned;

    private TestDatabase(string connectionString, IAsyncDisposable? owned, string source)
    {
        ConnectionString = connectionString;
        _owned = owned;
        Source = source;
    }

    public string ConnectionString { get; }
    public string Source { get; }

    public static async Task<TestDatabase> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("PAPI_TEST_DB") is { Length: > 0 } given)
            return new TestDatabase(given, null, "PAPI_TEST_DB");

        try
        {
            var container = new PostgreSqlBuilder("postgres:15-alpine").Build();
            await container.StartAsync();
            return new TestDatabase(container.GetConnectionString(), container, "Testcontainers");
        }
        catch (DockerUnavailableException)
        {
            var server = await LocalPostgresServer.StartAsync();
            return new TestDatabase(server.ConnectionString, server, "local throwaway server");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_owned is not null)
            await _owned.DisposeAsync();
    }
}
