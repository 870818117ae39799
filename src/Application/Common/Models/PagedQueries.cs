using Microsoft.EntityFrameworkCore;

namespace PapiTracker.Application.Common.Models;

public static class PagedQueries
{
    /// <summary>One page of an ordered query and the count of all its rows: two statements, both in the database.</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> ordered, int page, int pageSize, CancellationToken ct)
    {
        var total = await ordered.CountAsync(ct);
        var items = await ordered.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new PagedList<T>(items, page, pageSize, total);
    }
}
