using Npgsql;
using PapiTracker.Api.Security;
using PapiTracker.Application.Common.Caching;
using PapiTracker.Infrastructure.Data;
using PapiTracker.Infrastructure.Data.Changes;

namespace PapiTracker.Api.Infrastructure;

/// <summary>
/// Listens on the <see cref="ChangeChannel"/> on a connection of its own, and makes this process forget
/// what another process's committed change made stale (ADR 11). While the connection is down the caches are
/// cold (<see cref="CacheCoherence"/>): a notice could be missed. Once it listens again, everything kept is
/// forgotten (notices may have been missed meanwhile) before anything is kept again.
/// </summary>
internal sealed class ChangeListener(
    IConfiguration configuration,
    ChangeChannel channel,
    CacheCoherence coherence,
    IEnumerable<IChangeAwareCache> caches,
    LiveSessions sessions,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ILogger<ChangeListener> logger) : BackgroundService
{
    /// <summary>Silence longer than this is checked with a round trip: a connection cut without a word is found out.</summary>
    private static readonly TimeSpan Silence = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(1);

    /// <summary>How the listening connection shows in pg_stat_activity (the tests find a process's by it).</summary>
    public static string ApplicationName => $"papitracker-listen-{Environment.ProcessId}";

    private IReadOnlyDictionary<string, Type[]>? _entityTypes;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(PapiTracker.Infrastructure.DependencyInjection.DatabaseConnectionString(configuration))
        {
            ApplicationName = ApplicationName,
            Pooling = false,
            CommandTimeout = (int)Silence.TotalSeconds,
        }.ConnectionString;
        var wasLost = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                connection.Notification += (_, e) => Heard(e.Payload);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {ChangeChannel.Name}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                ForgetEverything();
                coherence.Restored();
                if (wasLost)
                    logger.LogWarning("The change channel listens again: caches forgotten, keeping again");
                wasLost = false;
                while (true)
                {
                    if (!await connection.WaitAsync(Silence, stoppingToken))
                    {
                        await using var ping = new NpgsqlCommand("SELECT 1", connection);
                        await ping.ExecuteNonQueryAsync(stoppingToken);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                coherence.Lost();
                if (!wasLost)
                    logger.LogWarning(e, "The change channel is down: every cached read goes to the database until it is back");
                wasLost = true;
            }
            await Task.Delay(RetryEvery, stoppingToken);
        }
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        coherence.Lost();
        return base.StopAsync(cancellationToken);
    }

    private void Heard(string payload)
    {
        logger.LogDebug("Change notice {Payload}", payload);
        var notice = ChangeChannel.Read(payload);
        if (notice?.From == channel.Instance)
            return; // this process forgot at its own commit
        if (notice is null || notice.Everything || TypesOf(notice.Types!) is not { } types)
        {
            ForgetEverything();
            return;
        }
        var now = clock.GetUtcNow();
        foreach (var session in notice.EndedSessions)
            sessions.End(session, now);
        if (types.Count == 0)
            return;
        foreach (var cache in caches)
            cache.Changed(types);
    }

    /// <summary>The entity types named, or null when one is not known here (a newer version sent it): then forget everything.</summary>
    private HashSet<Type>? TypesOf(IReadOnlyList<string> names)
    {
        var known = _entityTypes ??= ModelTypes();
        var types = new HashSet<Type>();
        foreach (var name in names)
        {
            if (!known.TryGetValue(name, out var named))
                return null;
            types.UnionWith(named);
        }
        return types;
    }

    private Dictionary<string, Type[]> ModelTypes()
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Model.GetEntityTypes()
            .Select(e => e.ClrType).Distinct()
            .GroupBy(t => t.Name)
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    private void ForgetEverything()
    {
        foreach (var cache in caches)
            cache.Forget();
        sessions.Forget();
    }
}
