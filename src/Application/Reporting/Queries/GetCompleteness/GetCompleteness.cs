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
/// for the drill-down, and the level's sign-off, so the page asks once rather than once per level: one
/// query reads the obligations' states, one more the period's sign-offs of the levels the caller sees.
/// </summary>
[RequiresPermission(Permission.ReadPlans)]
[CachedUntilChanged(typeof(Plan), typeof(ReportingPeriod), typeof(ReportObligation), typeof(ReportSubmission), typeof(LevelApproval))]
public sealed record GetCompletenessQuery(int PeriodId) : IQuery<CompletenessDto>;

public sealed record CompletenessDto(int PeriodId, DateOnly DueOn, DateOnly? LockOn, IReadOnlyList<RecipientCompletenessDto> Recipients);

/// <summary>
/// Counts for one receiving unit; a rate is a share of <c>Expected</c>, so never above 1. <c>SeesLevel</c>: the
/// caller sees the receiving unit itself, so the counts are its whole level (<c>Expected</c> and <c>Approved</c>
/// are what the level's read calls owed and approved) and <c>SignOff</c> is its sign-off (null until given).
/// Otherwise the unit is here only for the caller's own reporting units: the counts are theirs, and the level
/// (its sign-off, its consolidated report) is not the caller's to read.
/// </summary>
public sealed record RecipientCompletenessDto(
    int RecipientId, string RecipientNameVi, int Expected, int Submitted, int OnTime, int Late, int Missing, int Returned, int Approved,
    decimal SubmittedRate, decimal OnTimeRate, IReadOnlyList<UnitReportStateDto> Units, bool SeesLevel, LevelApprovalDto? SignOff);

/// <summary>
/// A reporting unit's state; <c>SubmissionId</c> names its report (none yet: null), which the review inbox approves in bulk.
/// <c>CountsForUnitId</c> is the unit the report counts for: the reporting unit itself, or, when that unit ended before
/// the period's due day, its successor (the predecessor's report stands for it, and stays the predecessor's).
/// </summary>
public sealed record UnitReportStateDto(
    int ObligationId, int UnitId, string UnitNameVi, SubmissionStatus? Status, bool? OnTime, bool Missing, int? SubmissionId,
    int CountsForUnitId, string CountsForNameVi);

public sealed class GetCompletenessQueryHandler(IApplicationDbContext db, AccessControl access, TimeProvider clock) : IQueryHandler<GetCompletenessQuery, CompletenessDto>
{
    public async ValueTask<CompletenessDto> Handle(GetCompletenessQuery query, CancellationToken cancellationToken)
    {
        var (period, _, _) = await db.VisiblePeriodAsync(access, query.PeriodId, cancellationToken);
        var scope = await access.ScopeAsync(Permission.ReadPlans, cancellationToken);
        var inScope = db.OrgUnits.Within(scope).Select(u => u.Id);

        var rows = await db.ObligationStates(period.Id)
            .Where(r => inScope.Contains(r.RecipientId) || inScope.Contains(r.UnitId))
            .Select(r => new { State = r, SeesLevel = inScope.Contains(r.RecipientId) })
            .ToListAsync(cancellationToken);

        var seenLevels = rows.Where(r => r.SeesLevel).Select(r => r.State.RecipientId).Distinct().ToList();
        var signOffs = await db.LevelApprovals.AsNoTracking()
            .Where(a => a.PeriodId == period.Id && seenLevels.Contains(a.UnitId))
            .ToDictionaryAsync(a => a.UnitId, LevelApprovalDto.From, cancellationToken);

        var now = clock.GetUtcNow();
        var recipients = rows.GroupBy(r => (r.State.RecipientId, r.State.RecipientNameVi, r.SeesLevel)).OrderBy(g => g.Key.RecipientNameVi).Select(g =>
        {
            var units = g.Select(r => r.State).OrderBy(r => r.UnitNameVi).Select(r => new UnitReportStateDto(
                r.ObligationId, r.UnitId, r.UnitNameVi, r.Status, r.OnTime, r.IsMissing(period, now), r.SubmissionId, r.CountsForId, r.CountsForNameVi)).ToList();
            var counts = ReportCounts.Of(units.Select(u => new ReportState(u.Status, u.OnTime, u.Missing)));
            return new RecipientCompletenessDto(
                g.Key.RecipientId, g.Key.RecipientNameVi, counts.Expected, counts.Submitted, counts.OnTime, counts.Late, counts.Missing,
                counts.Returned, counts.Approved, counts.SubmittedRate, counts.OnTimeRate, units, g.Key.SeesLevel, signOffs.GetValueOrDefault(g.Key.RecipientId));
        }).ToList();
        return new CompletenessDto(period.Id, period.DueOn, period.LockOn, recipients);
    }
}
