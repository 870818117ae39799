using PapiTracker.Application.Common.Files;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Documents;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.ActionItems.Queries.GetActionProgress;

/// <summary>
/// An action's progress log, newest first, with evidence files: the reports of the units in the
/// caller's scope (a commune sees its own, the province all of them).
/// </summary>
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
            throw new NotFoundException(Messages.Resources.ActionItem, query.ActionItemId);

        var scope = await access.ScopeAsync(Permission.ReadPlans, cancellationToken);
        var log = from progress in db.ActionProgress.AsNoTracking()
                  where progress.ActionItemId == query.ActionItemId
                  join unit in db.OrgUnits.Within(scope) on progress.UnitId equals unit.Id
                  orderby progress.RecordedAt descending, progress.Id descending
                  select new { progress, unit.NameVi };
        var total = await log.CountAsync(cancellationToken);
        var page = await log.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        var ids = page.Select(p => p.progress.Id).ToList();
        var files = await db.EvidenceFiles.AsNoTracking().Where(f => ids.Contains(f.ActionProgressId)).OrderBy(f => f.Id).ToListAsync(cancellationToken);
        var signatures = await db.SignaturesOfAsync(files.Select(f => f.Sha256), cancellationToken);
        var evidence = files.ToLookup(f => f.ActionProgressId, f => EvidenceDto.From(f, signatures));
        var items = page.Select(p => ActionProgressDto.From(p.progress, p.NameVi, evidence[p.progress.Id].ToList())).ToList();
        return new PagedList<ActionProgressDto>(items, query.Page, query.PageSize, total);
    }
}
