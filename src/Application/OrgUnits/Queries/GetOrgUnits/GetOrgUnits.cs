using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Application.OrgUnits.Queries.GetOrgUnits;

/// <summary>
/// The units in the caller's scope as a flat list: accent-insensitive search on both names, by kind,
/// by parent; active units only unless asked. Filtered by scope in the database, never after loading.
/// With <c>AsOf</c>: the units active on that day as they stood then (names, kind, parent, reporting line);
/// the scope is today's.
/// </summary>
[RequiresPermission(Permission.ReadUnits)]
public sealed record GetOrgUnitsQuery(
    string? Search = null,
    OrgUnitKind? Kind = null,
    int? ParentId = null,
    bool IncludeInactive = false,
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize,
    DateOnly? AsOf = null,
    DateTimeOffset? UpdatedSince = null) : IQuery<PagedList<OrgUnitDto>>;

public sealed class GetOrgUnitsQueryValidator : AbstractValidator<GetOrgUnitsQuery>
{
    public GetOrgUnitsQueryValidator()
    {
        RuleFor(q => q.Search).MaximumLength(OrgUnit.NameMaxLength);
        RuleFor(q => q.Kind).IsInEnum();
        this.ValidPage(q => q.Page, q => q.PageSize);
    }
}

public sealed class GetOrgUnitsQueryHandler(IApplicationDbContext db, AccessControl access) : IQueryHandler<GetOrgUnitsQuery, PagedList<OrgUnitDto>>
{
    public async ValueTask<PagedList<OrgUnitDto>> Handle(GetOrgUnitsQuery query, CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(Permission.ReadUnits, cancellationToken);
        var units = db.OrgUnits.AsNoTracking().Within(scope).ChangedSince(query.UpdatedSince);
        if (query.AsOf is { } day)
            return await OnDay(units.On(db, day), query, cancellationToken);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var folded = VietnameseText.Fold(query.Search);
            units = units.Where(u => u.SearchKey.Contains(folded));
        }
        if (query.Kind is { } kind)
            units = units.Where(u => u.Kind == kind);
        if (query.ParentId is { } parentId)
            units = units.Where(u => u.ParentId == parentId);
        if (!query.IncludeInactive)
            units = units.Where(u => u.ActiveTo == null);

        return await units
            .OrderBy(u => u.Path.Length).ThenBy(u => u.NameVi)
            .Select(OrgUnitDto.Projection)
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
    }

    private static async Task<PagedList<OrgUnitDto>> OnDay(IQueryable<OrgUnitsAsOf.UnitOnDay> units, GetOrgUnitsQuery query, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var folded = VietnameseText.Fold(query.Search);
            units = units.Where(u => u.SearchKey.Contains(folded));
        }
        if (query.Kind is { } kind)
            units = units.Where(u => u.Kind == kind);
        if (query.ParentId is { } parentId)
            units = units.Where(u => u.ParentId == parentId);
        return await units.OrderBy(u => u.Depth).ThenBy(u => u.NameVi).AsDtos().ToPagedListAsync(query.Page, query.PageSize, ct);
    }
}
