using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Domain.Reporting;

namespace PapiTracker.Application.Reporting;

/// <summary>
/// One obligation of a period with its reporting and receiving unit's names and its report's state (none yet: null).
/// <c>CountsForId</c> is the unit the report counts for: the reporting unit, or its successor when the reporting
/// unit ended before the period's due day (a report a predecessor began before it ended stands for its successor).
/// </summary>
internal sealed record ObligationState
{
    public int ObligationId { get; init; }
    public int UnitId { get; init; }
    public string UnitNameVi { get; init; } = "";
    public int CountsForId { get; init; }
    public string CountsForNameVi { get; init; } = "";
    public int RecipientId { get; init; }
    public string RecipientNameVi { get; init; } = "";
    public DateOnly? ExtendedTo { get; init; }
    public int? SubmissionId { get; init; }
    public SubmissionStatus? Status { get; init; }
    public bool? OnTime { get; init; }

    /// <summary>Missing (thiếu): nothing sent, and the period is locked for the unit.</summary>
    public bool IsMissing(ReportingPeriod period, DateTimeOffset now) =>
        Status is null or SubmissionStatus.Draft && period.IsLockedAt(now, ExtendedTo);
}

/// <summary>An obligation with the unit it counts for (see <see cref="ObligationState.CountsForId"/>) and that unit's path.</summary>
internal sealed record CountedObligation
{
    public ReportObligation Obligation { get; init; } = null!;
    public ReportingPeriod Period { get; init; } = null!;
    public int CountsForId { get; init; }
    public string CountsForNameVi { get; init; } = "";
    public string CountsForPath { get; init; } = "";
}

internal static class ObligationStateQueries
{
    /// <summary>
    /// Every obligation with the unit it counts for, as SQL: <see cref="ReportingPeriod.CountsFor"/>'s rule, so that
    /// completeness, the matrix and generation agree that a successor owes one report for a period spanning its start.
    /// </summary>
    public static IQueryable<CountedObligation> CountedObligations(this IApplicationDbContext db) =>
        from o in db.ReportObligations
        join p in db.ReportingPeriods on o.PeriodId equals p.Id
        join unit in db.OrgUnits on o.UnitId equals unit.Id
        from successor in db.OrgUnits.Where(s => s.Id == unit.SuccessorId && unit.ActiveTo < p.DueOn).DefaultIfEmpty()
        select new CountedObligation
        {
            Obligation = o, Period = p,
            CountsForId = successor == null ? unit.Id : successor.Id,
            CountsForNameVi = successor == null ? unit.NameVi : successor.NameVi,
            CountsForPath = successor == null ? unit.Path : successor.Path,
        };

    /// <summary>Built with an initializer, not a constructor, so callers can filter on it in SQL.</summary>
    public static IQueryable<ObligationState> ObligationStates(this IApplicationDbContext db, int periodId) =>
        from c in db.CountedObligations()
        where c.Obligation.PeriodId == periodId
        join unit in db.OrgUnits on c.Obligation.UnitId equals unit.Id
        join recipient in db.OrgUnits on c.Obligation.RecipientId equals recipient.Id
        join s in db.ReportSubmissions on c.Obligation.Id equals s.ObligationId into submissions
        from s in submissions.DefaultIfEmpty()
        select new ObligationState
        {
            ObligationId = c.Obligation.Id, UnitId = c.Obligation.UnitId, UnitNameVi = unit.NameVi, CountsForId = c.CountsForId, CountsForNameVi = c.CountsForNameVi,
            RecipientId = c.Obligation.RecipientId, RecipientNameVi = recipient.NameVi, ExtendedTo = c.Obligation.ExtendedTo,
            SubmissionId = s == null ? null : s.Id, Status = s == null ? null : s.Status, OnTime = s == null ? null : s.OnTime,
        };
}
