using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Caching;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Plans;
using PapiTracker.Domain.Reporting;

namespace PapiTracker.Application.Reporting.Queries.GetCompleteness;

/// <summary>
/// Completeness and timeliness of a period, per receiving unit the caller sees: expected, submitted
/// (on time, late), missing once the period is locked, returned, approved, with each unit's state
/// for the drill-down. Counted in the database in one grouped query.
/// </summary>
[RequiresPermission(Permission.ReadPlans)]
[CachedUntilChanged(typeof(Plan), typeof(ReportingPeriod), typeof(ReportObligation), typeof(ReportSubmission))]
public sealed record GetCompletenessQuery(int PeriodId) : IQuery<CompletenessDto>;

public sealed record CompletenessDto(int PeriodId, DateOnly DueOn, DateOnly? LockOn, IReadOnlyList<RecipientCompletenessDto> Recipients);

/// <summary>Counts for one receiving unit; a rate is a share of <c>Expected</c>, so never above 1.</summary>
public sealed record RecipientCompletenessDto(
    int RecipientId, string RecipientNameVi, int Expected, int Submitted, int OnTime, int Late, int Missing, int Returned, int Approved,
    decimal SubmittedRate, decimal OnTimeRate, IReadOnlyList<UnitReportStateDto> Units);

/// <summary>A reporting unit's state; <c>SubmissionId</c> names its report (none yet: null), which the review inbox approves in bulk.</summary>
public sealed record UnitReportStateDto(int ObligationId, int UnitId, string UnitNameVi, SubmissionStatus? Status, bool? OnTime, bool Missing, int? SubmissionId);

public sealed class GetCompletenessQueryHandler(IApplicationDbContext db, AccessControl access, TimeProvider clock) : IQueryHandler<GetCompletenessQuery, CompletenessDto>
{
    public async ValueTask<CompletenessDto> Handle(GetCompletenessQuery query, CancellationToken cancellationToken)
    {
        var (period, _, _) = await db.VisiblePeriodAsync(access, query.PeriodId, cancellationToken);
        var scope = await access.ScopeAsync(Permission.ReadPlans, cancellationToken);
        var inScope = db.OrgUnits.Within(scope).Select(u => u.Id);

        var rows = await db.ObligationStates(period.Id)
            .Where(r => inScope.Contains(r.RecipientId) || inScope.Contains(r.UnitId))
            .ToListAsync(cancellationToken);

        var now = clock.GetUtcNow();
        var recipients = rows.GroupBy(r => (r.RecipientId, r.RecipientNameVi)).OrderBy(g => g.Key.RecipientNameVi).Select(g =>
        {
            var units = g.OrderBy(r => r.UnitNameVi).Select(r => new UnitReportStateDto(
                r.ObligationId, r.UnitId, r.UnitNameVi, r.Status, r.OnTime, r.IsMissing(period, now), r.SubmissionId)).ToList();
            var counts = ReportCounts.Of(units.Select(u => new ReportState(u.Status, u.OnTime, u.Missing)));
            return new RecipientCompletenessDto(
                g.Key.RecipientId, g.Key.RecipientNameVi, counts.Expected, counts.Submitted, counts.OnTime, counts.Late, counts.Missing,
                counts.Returned, counts.Approved, counts.SubmittedRate, counts.OnTimeRate, units);
        }).ToList();
        return new CompletenessDto(period.Id, period.DueOn, period.LockOn, recipients);
    }
}
