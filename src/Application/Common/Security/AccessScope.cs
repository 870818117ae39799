using System.Linq.Expressions;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Application.Common.Security;

/// <summary>Where a permission holds: everywhere, or in the subtrees under these unit paths.</summary>
public sealed record AccessScope(bool Everywhere, IReadOnlyList<string> SubtreePaths)
{
    public static readonly AccessScope Nowhere = new(false, []);

    public bool IsEmpty => !Everywhere && SubtreePaths.Count == 0;

    public bool Covers(string? unitPath) =>
        Everywhere || (unitPath is not null && SubtreePaths.Any(p => unitPath.StartsWith(p, StringComparison.Ordinal)));

    /// <summary>A predicate the database evaluates: the unit's path starts with one of the scope's paths.</summary>
    public Expression<Func<T, bool>> Contains<T>(Expression<Func<T, string>> unitPath)
    {
        if (Everywhere)
            return _ => true;
        if (SubtreePaths.Count == 0)
            return _ => false;
        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        var body = SubtreePaths
            .Select(p => (Expression)Expression.Call(unitPath.Body, startsWith, QueryParameter.Of(p)))
            .Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<T, bool>>(body, unitPath.Parameters);
    }
}

public static class AccessScopeReach
{
    /// <summary>
    /// A predicate for records that belong to a whole unit, such as a province's plan: visible to the
    /// callers inside that unit as well as those above it. Ancestors of the scope's paths are listed
    /// here, so the database still does the filtering.
    /// </summary>
    public static Expression<Func<T, bool>> Reaches<T>(this AccessScope scope, Expression<Func<T, string>> unitPath)
    {
        if (scope.Everywhere)
            return _ => true;
        var ancestors = scope.SubtreePaths
            .SelectMany(p => Enumerable.Range(1, p.Length - 1).Where(i => p[i] == '/').Select(i => p[..(i + 1)]))
            .Distinct()
            .ToList();
        var within = scope.Contains(unitPath);
        var contains = typeof(List<string>).GetMethod(nameof(List<string>.Contains))!;
        var isAncestor = Expression.Call(QueryParameter.Of(ancestors), contains, unitPath.Body);
        return Expression.Lambda<Func<T, bool>>(Expression.OrElse(isAncestor, within.Body), unitPath.Parameters);
    }
}

/// <summary>
/// A value the query reads from a closure instead of embedding as a constant. EF Core sends it as a SQL
/// parameter and keys its compiled-query cache on the query's shape only, so every caller's scope
/// reuses one compiled query. A constant would make each scope (and, for a fresh list, each request)
/// a cache miss: a full LINQ-to-SQL compilation per request and an ever-growing query cache.
/// </summary>
internal static class QueryParameter
{
    public static Expression Of<TValue>(TValue value) => ((Expression<Func<TValue>>)(() => value)).Body;
}

public static class AccessScopeQueries
{
    public static IQueryable<OrgUnit> Within(this IQueryable<OrgUnit> units, AccessScope scope) =>
        units.Where(scope.Contains<OrgUnit>(u => u.Path));
}
