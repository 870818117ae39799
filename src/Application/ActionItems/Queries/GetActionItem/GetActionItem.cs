using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.ActionItems.Queries.GetActionItem;

/// <summary>One action item with its ETag; 404 when its plan is outside the caller's reach.</summary>
[RequiresPermission(Permission.ReadPlans)]
public sealed record GetActionItemQuery(int Id) : IQuery<Versioned<ActionItemDto>>;

public sealed class GetActionItemQueryHandler(IApplicationDbContext db, AccessControl access, TimeProvider clock)
    : IQueryHandler<GetActionItemQuery, Versioned<ActionItemDto>>
{
    public async ValueTask<Versioned<ActionItemDto>> Handle(GetActionItemQuery query, CancellationToken cancellationToken)
    {
        var plans = (await db.VisiblePlansAsync(access, cancellationToken)).Select(p => p.Id);
        var item = await db.ActionItems.AsNoTracking().Include(a => a.Units)
            .SingleOrDefaultAsync(a => a.Id == query.Id && plans.Contains(a.PlanId), cancellationToken)
            ?? throw new NotFoundException(Messages.Resources.ActionItem, query.Id);
        var dto = (await ActionItemReader.ToDtosAsync(db, [item], ActionItemReader.Today(clock), cancellationToken)).Single();
        return new Versioned<ActionItemDto>(dto, item.Version);
    }
}
