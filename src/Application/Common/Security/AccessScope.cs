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
            .Select(p => (Expression)Expression.Call(unitPath.Body, startsWith, Expression.Constant(p)))
            .Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<T, bool>>(body, unitPath.Parameters);
    }
}

public static class AccessScopeQueries
{
    public static IQueryable<OrgUnit> Within(this IQueryable<OrgUnit> units, AccessScope scope) =>
        units.Where(scope.Contains<OrgUnit>(u => u.Path));
}
