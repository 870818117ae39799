using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Domain.Common;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;

namespace PapiTracker.Application.OrgUnits.Queries.GetOrgUnitTree;

/// <summary>
/// The units in the caller's scope as a tree, from one unit or from the top of the scope. One query
/// reads the subtree; the nesting is built in memory from parent ids. With <c>AsOf</c>, the tree as it
/// stood that day: the units active then, under the parents they had (the scope is today's).
/// </summary>
[RequiresPermission(Permission.ReadUnits)]
public sealed record GetOrgUnitTreeQuery(int? RootId = null, bool IncludeInactive = false, DateOnly? AsOf = null) : IQuery<IReadOnlyList<OrgUnitNodeDto>>;

public sealed record OrgUnitNodeDto(OrgUnitDto Unit, IReadOnlyList<OrgUnitNodeDto> Children);

public sealed class GetOrgUnitTreeQueryHandler(IApplicationDbContext db, AccessControl access)
    : IQueryHandler<GetOrgUnitTreeQuery, IReadOnlyList<OrgUnitNodeDto>>
{
    public async ValueTask<IReadOnlyList<OrgUnitNodeDto>> Handle(GetOrgUnitTreeQuery query, CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(Permission.ReadUnits, cancellationToken);
        var units = db.OrgUnits.AsNoTracking().Within(scope);
        if (query.RootId is { } rootId)
        {
            var rootPath = await units.Where(u => u.Id == rootId).Select(u => u.Path).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException(Messages.Resources.Unit, rootId);
            units = units.Where(u => u.Path.StartsWith(rootPath));
        }
        if (!query.IncludeInactive && query.AsOf is null)
            units = units.Where(u => u.ActiveTo == null);

        var all = query.AsOf is { } day
            ? await units.On(db, day).AsDtos().ToListAsync(cancellationToken)
            : await units.Select(OrgUnitDto.Projection).ToListAsync(cancellationToken);
        var ids = all.Select(u => u.Id).ToHashSet();
        var children = all.ToLookup(u => u.ParentId is { } p && ids.Contains(p) ? p : (int?)null);

        IReadOnlyList<OrgUnitNodeDto> Nodes(int? parentId) => children[parentId]
            .OrderBy(u => u.NameVi, VietnameseText.Order)
            .Select(u => new OrgUnitNodeDto(u, Nodes(u.Id)))
            .ToList();
        return Nodes(null);
    }
}
