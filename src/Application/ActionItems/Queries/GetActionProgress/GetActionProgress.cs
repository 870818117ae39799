using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Plans;
using PapiTracker.Domain.Access;

namespace PapiTracker.Application.ActionItems.Queries.GetActionProgress;

/// <summary>An action's progress log, newest first, every unit's reports.</summary>
[RequiresPermission(Permission.ReadPlans)]
public sealed record GetActionProgressQuery(int ActionItemId, int Page = 1, int PageSize = PagedList<object>.DefaultPageSize) : IQuery<PagedList<ActionProgressDto>>;

public sealed class GetActionProgressQueryValidator : AbstractValidator<GetActionProgressQuery>
{
    public GetActionProgressQueryValidator() => this.ValidPage(q => q.Page, q => q.PageSize);
}

public sealed class GetActionProgressQueryHandler(IApplicationDbContext db, AccessControl access) : IQueryHandler<GetActionProgressQuery, PagedList<ActionProgressDto>>
{
    public async ValueTask<PagedList<ActionProgressDto>> Handle(GetActionProgressQuery query, CancellationToken cancellationToken)
    {
        var plans = (await db.VisiblePlansAsync(access, cancellationToken)).Select(p => p.Id);
        if (!await db.ActionItems.AnyAsync(a => a.Id == query.ActionItemId && plans.Contains(a.PlanId), cancellationToken))
            throw new NotFoundException("Action item", query.ActionItemId);

        var log = from progress in db.ActionProgress.AsNoTracking()
                  where progress.ActionItemId == query.ActionItemId
                  join unit in db.OrgUnits on progress.UnitId equals unit.Id
                  orderby progress.RecordedAt descending, progress.Id descending
                  select new ActionProgressDto(progress.Id, progress.ActionItemId, progress.UnitId, unit.NameVi, progress.AuthorId, progress.ApiTokenId,
                      progress.RecordedAt, progress.ReportedOn, progress.Status, progress.Percent, progress.Narrative);
        var total = await log.CountAsync(cancellationToken);
        var items = await log.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new PagedList<ActionProgressDto>(items, query.Page, query.PageSize, total);
    }
}
