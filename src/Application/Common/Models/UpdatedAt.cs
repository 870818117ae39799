using Microsoft.EntityFrameworkCore;

namespace PapiTracker.Application.Common.Models;

/// <summary>
/// When a row last changed: a column the database keeps for the records integrations sync (units, action items,
/// obligations, submissions), stamped on every insert and update by SaveChanges, not by the entities (it is
/// bookkeeping, not a rule of the domain). Lists filter on it with <c>updatedSince</c>.
/// </summary>
public static class UpdatedAt
{
    public const string Property = "UpdatedAt";

    /// <summary>
    /// The rows changed at or after <paramref name="since"/>; all of them when it is null. The moment is compared in UTC:
    /// Npgsql writes only UTC values to a timestamptz, and a caller may well send Việt Nam's +07:00.
    /// </summary>
    public static IQueryable<T> ChangedSince<T>(this IQueryable<T> rows, DateTimeOffset? since) where T : class
    {
        if (since is not { } moment)
            return rows;
        var utc = moment.ToUniversalTime();
        return rows.Where(r => EF.Property<DateTimeOffset>(r, Property) >= utc);
    }
}
