namespace PapiTracker.Application.Common.Models;

/// <summary>One page of a list, as every list endpoint returns it.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public const int MaxPageSize = 200;
    public const int DefaultPageSize = 50;

    public static PagedList<T> Of(IEnumerable<T> all, int page, int pageSize)
    {
        var list = all as IReadOnlyCollection<T> ?? all.ToList();
        return new PagedList<T>(list.Skip((page - 1) * pageSize).Take(pageSize).ToList(), page, pageSize, list.Count);
    }
}
