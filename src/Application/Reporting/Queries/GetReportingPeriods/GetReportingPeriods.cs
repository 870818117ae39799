using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;

namespace PapiTracker.Application.Reporting.Queries.GetReportingPeriods;

/// <summary>A plan's reporting calendar, by due day.</summary>
[RequiresPermission(Permission.ReadPlans)]
public sealed record GetReportingPeriodsQuery(int PlanId) : IQuery<IReadOnlyList<ReportingPeriodDto>>;

public sealed class GetReportingPeriodsQueryHandler(IApplicationDbContext db, AccessControl access)
    : IQueryHandler<GetReportingPeriodsQuery, IReadOnlyList<ReportingPeriodDto>>
{
    public async ValueTask<IReadOnlyList<ReportingPeriodDto>> Handle(GetReportingPeriodsQuery query, CancellationToken cancellationToken)
    {
        await db.EnsurePlanVisibleAsync(access, query.PlanId, cancellationToken);
        var periods = await db.ReportingPeriods.AsNoTracking().Where(p => p.PlanId == query.PlanId).OrderBy(p => p.DueOn).ToListAsync(cancellationToken);
        return periods.Select(ReportingPeriodDto.From).ToList();
    }
}
