using System.Collections.Concurrent;

namespace PapiTracker.Application.Common.Caching;

/// <summary>A cache that must forget what it holds once a change to an entity it was read from is committed.</summary>
public interface IChangeAwareCache
{
    /// <summary>Committed changes to entities of these types (Infrastructure's interceptor calls this after the commit).</summary>
    void Changed(IReadOnlySet<Type> entityTypes);

    /// <summary>Forgets everything, as after a change made around the application.</summary>
    void Forget();
}

/// <summary>
/// Values read from the database, kept in this process until a change to what they were read from is
/// committed. One API process is the deployment model, and every write goes through EF Core's
/// SaveChanges in it; a change made around the application (SQL by hand) is seen after a restart. A
/// load that raced with a change is tagged with the generation it started in, so it is never served
/// after that change.
/// </summary>
public abstract class ChangeAwareCache<TKey, TValue>(int maxEntries, params Type[] readsFrom) : IChangeAwareCache
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, (long Generation, TValue Value)> _entries = new();
    private long _generation;

    internal async Task<TValue> GetOrLoadAsync(TKey key, Func<CancellationToken, Task<TValue>> load, CancellationToken ct)
    {
        var generation = Interlocked.Read(ref _generation);
        if (_entries.TryGetValue(key, out var known) && known.Generation == generation)
            return known.Value;
        var value = await load(ct);
        // Keys that are never asked for again (yesterday's, a moved unit's) go with the next overflow.
        if (_entries.Count >= maxEntries)
            _entries.Clear();
        _entries[key] = (generation, value);
        return value;
    }

    public void Changed(IReadOnlySet<Type> entityTypes)
    {
        if (readsFrom.Any(entityTypes.Contains))
            Forget();
    }

    public void Forget()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }
}
