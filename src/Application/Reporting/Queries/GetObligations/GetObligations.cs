using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;

namespace PapiTracker.Application.Reporting.Queries.GetObligations;

/// <summary>A period's obligations that concern the caller: its units' own, and those owed to its units.</summary>
[RequiresPermission(Permission.ReadPlans)]
public sealed record GetObligationsQuery(int PeriodId, int? RecipientId = null, int Page = 1, int PageSize = PagedList<object>.DefaultPageSize, DateTimeOffset? UpdatedSince = null)
    : IQuery<PagedList<ObligationDto>>;

public sealed class GetObligationsQueryValidator : AbstractValidator<GetObligationsQuery>
{
    public GetObligationsQueryValidator() => this.ValidPage(q => q.Page, q => q.PageSize);
}

public sealed class GetObligationsQueryHandler(IApplicationDbContext db, AccessControl access) : IQueryHandler<GetObligationsQuery, PagedList<ObligationDto>>
{
    public async ValueTask<PagedList<ObligationDto>> Handle(GetObligationsQuery query, CancellationToken cancellationToken)
    {
        var (period, _, _) = await db.VisiblePeriodAsync(access, query.PeriodId, cancellationToken);
        var scope = await access.ScopeAsync(Permission.ReadPlans, cancellationToken);
        var inScope = db.OrgUnits.Within(scope).Select(u => u.Id);
        // An obligation counts as changed when it or its report did (submitted, returned, approved, edited).
        var changed = db.ReportObligations.ChangedSince(query.UpdatedSince).Select(o => o.Id)
            .Union(db.ReportSubmissions.ChangedSince(query.UpdatedSince).Select(s => s.ObligationId));
        var obligations = from o in db.ReportObligations.AsNoTracking()
                          where o.PeriodId == period.Id && (inScope.Contains(o.UnitId) || inScope.Contains(o.RecipientId))
                          where query.RecipientId == null || o.RecipientId == query.RecipientId
                          where query.UpdatedSince == null || changed.Contains(o.Id)
                          join unit in db.OrgUnits on o.UnitId equals unit.Id
                          join recipient in db.OrgUnits on o.RecipientId equals recipient.Id
                          orderby recipient.NameVi, unit.NameVi
                          select new ObligationDto(o.Id, o.PeriodId, o.UnitId, unit.NameVi, o.RecipientId, recipient.NameVi,
                              o.ExtendedTo ?? period.DueOn, o.ExtendedTo, o.ExtensionReason);
        return await obligations.ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
    }
}
