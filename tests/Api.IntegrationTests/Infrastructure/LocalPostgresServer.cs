using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PapiTracker.Api.IntegrationTests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster from the machine's own binaries, for machines without a Docker
/// engine: initdb into a temp dir, start on a free 127.0.0.1 port, delete on dispose. PostgreSQL
/// refuses to run as root, so as root it runs as the postgres user.
/// </summary>
internal sealed class LocalPostgresServer : IAsyncDisposable
{
    private readonly string _binDir;
    private readonly string _dataDir;

    private readonly int _port;
    private readonly bool _durable;

    private LocalPostgresServer(string binDir, string dataDir, int port, bool durable)
    {
        _binDir = binDir;
        _dataDir = dataDir;
        _port = port;
        _durable = durable;
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true";
    }

    public string ConnectionString { get; }

    /// <summary>
    /// A fast server for tests (fsync and synchronous commit off), or with <paramref name="durable"/> one
    /// that keeps every acknowledged commit through a crash of PostgreSQL (synchronous commit on: the WAL
    /// reaches the kernel before the commit returns), for the tests that kill it. Neither survives the machine crashing.
    /// </summary>
    public static async Task<LocalPostgresServer> StartAsync(bool durable = false)
    {
        var binDir = FindBinDir();
        var dataDir = Directory.CreateTempSubdirectory("papi-test-pg.").FullName;
        var asRoot = Environment.UserName == "root";
        if (asRoot)
            await RunAsync("chown", "postgres:postgres", dataDir);
        var port = FreePort();
        var server = new LocalPostgresServer(binDir, dataDir, port, durable);
        await server.AsOwnerAsync("initdb", "-D", dataDir, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8");
        await server.RestartAsync();
        return server;
    }

    /// <summary>Starts the stopped server again, on the same port and data.</summary>
    public Task RestartAsync() =>
        AsOwnerAsync("pg_ctl", "-D", _dataDir, "-w", "-l", Path.Combine(_dataDir, "server.log"), "-o",
            $"-p {_port} -k {_dataDir} -c listen_addresses=127.0.0.1 "
            + $"-c fsync=off -c full_page_writes=off -c synchronous_commit={(_durable ? "on" : "off")}",
            "start");

    /// <summary>Stops the server as a crash would (immediate shutdown: no checkpoint, clients cut off).</summary>
    public Task CrashAsync() => AsOwnerAsync("pg_ctl", "-D", _dataDir, "-m", "immediate", "-w", "stop");

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(_dataDir, "postmaster.pid")))
            await CrashAsync();
        Directory.Delete(_dataDir, recursive: true);
    }

    private static string FindBinDir() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault() ?? throw NoServer()
            : throw NoServer();

    private static InvalidOperationException NoServer() => new(
        "No PostgreSQL for the tests: set PAPI_TEST_DB, start a Docker engine, or install the server (apt-get install postgresql; make test does).");

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task AsOwnerAsync(string tool, params string[] args) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_binDir, tool), .. args])
            : RunAsync(Path.Combine(_binDir, tool), args);

    private static async Task RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await error}{await output}");
    }
}
