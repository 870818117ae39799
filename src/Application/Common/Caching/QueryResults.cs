using System.Collections.Concurrent;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Application.Common.Caching;

/// <summary>The answers of <see cref="CachedUntilChangedAttribute"/> queries, each kind forgotten on its own changes.</summary>
public sealed class QueryResults(CacheCoherence coherence) : IChangeAwareCache
{
    /// <summary>Per kind of query: a few hundred readers each with a few plans, periods or years.</summary>
    private const int MaxEntriesPerQuery = 2_000;

    private readonly ConcurrentDictionary<Type, Answers> _byQuery = new();

    /// <summary>Read by every cached query besides what it declares: every answer depends on the caller's scope.</summary>
    public static readonly IReadOnlyList<Type> ScopeEntities = [typeof(RoleAssignment), typeof(OrgUnit)];

    internal Task<object> GetOrLoadAsync(Type query, IReadOnlyList<Type> readsFrom, object key, Func<CancellationToken, Task<object>> load, CancellationToken ct) =>
        _byQuery.GetOrAdd(query, _ => new Answers(coherence, [.. readsFrom, .. ScopeEntities])).GetOrLoadAsync(key, load, ct);

    public void Changed(IReadOnlySet<Type> entityTypes)
    {
        foreach (var answers in _byQuery.Values)
            answers.Changed(entityTypes);
    }

    public void Forget()
    {
        foreach (var answers in _byQuery.Values)
            answers.Forget();
    }

    private sealed class Answers(CacheCoherence coherence, Type[] readsFrom) : ChangeAwareCache<object, object>(coherence, MaxEntriesPerQuery, readsFrom);
}
