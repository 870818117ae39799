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

    private LocalPostgresServer(string binDir, string dataDir, int port)
    {
        _binDir = binDir;
        _dataDir = dataDir;
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true";
    }

    public string ConnectionString { get; }

    public static async Task<LocalPostgresServer> StartAsync()
    {
        var binDir = FindBinDir();
        var dataDir = Directory.CreateTempSubdirectory("papi-test-pg.").FullName;
        var asRoot = Environment.UserName == "root";
        if (asRoot)
            await RunAsync("chown", "postgres:postgres", dataDir);
        var port = FreePort();
        var server = new LocalPostgresServer(binDir, dataDir, port);
        await server.AsOwnerAsync("initdb", "-D", dataDir, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8");
        await server.AsOwnerAsync("pg_ctl", "-D", dataDir, "-w", "-l", Path.Combine(dataDir, "server.log"), "-o",
            $"-p {port} -k {dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
            "start");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await AsOwnerAsync("pg_ctl", "-D", _dataDir, "-m", "immediate", "-w", "stop");
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
