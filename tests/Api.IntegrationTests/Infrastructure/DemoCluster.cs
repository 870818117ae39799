using System.Security.Cryptography;
using Npgsql;

namespace PapiTracker.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Two API processes, A and B, on a throwaway database of their own with the demo loaded (by A, before B starts,
/// as a rolling start would), sharing a signing key and a file store, as replicas behind a proxy run.
/// </summary>
internal sealed class DemoCluster : IAsyncDisposable
{
    private readonly string _database;
    private readonly string _files;

    private DemoCluster(string database, string connectionString, string files)
    {
        _database = database;
        ConnectionString = connectionString;
        _files = files;
    }

    public string ConnectionString { get; }
    public ApiProcess A { get; private set; } = null!;
    public ApiProcess B { get; private set; } = null!;

    /// <summary>The demo's users' passwords by user name.</summary>
    public IReadOnlyDictionary<string, string> Passwords { get; private set; } = null!;

    public string AdminPassword { get; } = $"Cluster-{Guid.NewGuid():N}";

    /// <summary>Starts both; <paramref name="settings"/> are given to both.</summary>
    public static async Task<DemoCluster> StartAsync(IDictionary<string, string> settings)
    {
        var database = $"papi_cluster_{Guid.NewGuid():N}";
        await using (var server = new NpgsqlConnection(TestRun.ConnectionString))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", server);
            await create.ExecuteNonQueryAsync();
        }
        var cluster = new DemoCluster(database, new NpgsqlConnectionStringBuilder(TestRun.ConnectionString) { Database = database }.ConnectionString,
            Directory.CreateTempSubdirectory("papi-cluster-files.").FullName);
        var credentials = Path.Combine(cluster._files, "demo-users.txt");
        var shared = new Dictionary<string, string>(settings)
        {
            ["Auth__SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Files__Root"] = Path.Combine(cluster._files, "store"),
        };
        cluster.A = await ApiProcess.StartAsync("a", cluster.ConnectionString, new Dictionary<string, string>(shared)
        {
            ["Database__MigrateOnStartup"] = "true",
            ["Seed__Demo"] = "true",
            ["Seed__DemoActivity"] = "false",
            ["Seed__DemoCredentialsFile"] = credentials,
            ["Admin__Password"] = cluster.AdminPassword,
        });
        cluster.B = await ApiProcess.StartAsync("b", cluster.ConnectionString, shared);
        cluster.Passwords = File.ReadAllLines(credentials).Where(l => !l.StartsWith('#')).Select(l => l.Split('\t'))
            .ToDictionary(f => f[0], f => f[1]);
        return cluster;
    }

    public async Task<string> AccessTokenAsync(ApiProcess api, string userName) =>
        (await api.SignInAsync(userName, userName == "admin" ? AdminPassword : Passwords[userName])).GetProperty("accessToken").GetString()!;

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        if (A is not null)
            await A.DisposeAsync();
        if (B is not null)
            await B.DisposeAsync();
        await using (var server = new NpgsqlConnection(TestRun.ConnectionString))
        {
            await server.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", server);
            await drop.ExecuteNonQueryAsync();
        }
        Directory.Delete(_files, recursive: true);
    }
}
