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
/// committed, here or in another API process (ADR 11: the change channel). While the channel is down
/// (<see cref="CacheCoherence"/>) every read loads and nothing is kept. A change made around the
/// application (SQL by hand) is seen after a restart. A load that raced with a change is tagged with the
/// generation it started in, so it is never served after that change.
/// </summary>
public abstract class ChangeAwareCache<TKey, TValue>(CacheCoherence coherence, int maxEntries, params Type[] readsFrom) : IChangeAwareCache
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();
    private long _generation;

    /// <summary>
    /// The kept value, or the load already under way for the key: after a change, the readers that arrive
    /// together (a dashboard polled by many) wait for one query instead of each running it.
    /// </summary>
    internal async Task<TValue> GetOrLoadAsync(TKey key, Func<CancellationToken, Task<TValue>> load, CancellationToken ct)
    {
        if (!coherence.CanKeep)
            return await load(ct);
        while (true)
        {
            var generation = Interlocked.Read(ref _generation);
            var known = _entries.GetValueOrDefault(key);
            if (known is not null && known.Generation == generation)
            {
                try
                {
                    return await known.Value.WaitAsync(ct);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    continue; // the reader that was loading it went away: load it again
                }
            }

            var loading = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
            var entry = new Entry(generation, loading.Task);
            // Keys that are never asked for again (yesterday's, a moved unit's) go with the next overflow.
            if (_entries.Count >= maxEntries)
                _entries.Clear();
            if (known is null ? !_entries.TryAdd(key, entry) : !_entries.TryUpdate(key, entry, known))
                continue; // another reader started loading it first: wait for that one
            try
            {
                var value = await load(ct);
                loading.SetResult(value);
                return value;
            }
            catch (Exception failure)
            {
                // A failure is told to the readers waiting for it, never kept: the next reader tries again.
                _entries.TryRemove(KeyValuePair.Create(key, entry));
                if (failure is OperationCanceledException)
                    loading.SetCanceled(CancellationToken.None);
                else
                    loading.SetException(failure);
                throw;
            }
        }
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

    /// <summary>A value, or its load while under way, read in <c>Generation</c>: served only while no change has come since.</summary>
    private sealed record Entry(long Generation, Task<TValue> Value);
}
