namespace PapiTracker.Application.Common.Caching;

/// <summary>
/// A query whose answer may be kept in memory, per caller and Vietnam day, until a change to one of
/// these entity types is committed (<see cref="QueryResults"/>). Role assignments and units are added:
/// every answer depends on the caller's scope. List every entity the handler reads, directly or through
/// shared helpers; answers that depend on the time finer than the day cannot be marked.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CachedUntilChangedAttribute(params Type[] readsFrom) : Attribute
{
    public IReadOnlyList<Type> ReadsFrom { get; } = readsFrom;
}
