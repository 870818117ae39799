using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Domain.Reporting;

namespace PapiTracker.Application.Reporting;

/// <summary>One obligation of a period with its reporting and receiving unit's names and its report's state (none yet: null).</summary>
internal sealed record ObligationState
{
    public int ObligationId { get; init; }
    public int UnitId { get; init; }
    public string UnitNameVi { get; init; } = "";
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

internal static class ObligationStateQueries
{
    /// <summary>Built with an initializer, not a constructor, so callers can filter on it in SQL.</summary>
    public static IQueryable<ObligationState> ObligationStates(this IApplicationDbContext db, int periodId) =>
        from o in db.ReportObligations
        where o.PeriodId == periodId
        join unit in db.OrgUnits on o.UnitId equals unit.Id
        join recipient in db.OrgUnits on o.RecipientId equals recipient.Id
        join s in db.ReportSubmissions on o.Id equals s.ObligationId into submissions
        from s in submissions.DefaultIfEmpty()
        select new ObligationState
        {
            ObligationId = o.Id, UnitId = o.UnitId, UnitNameVi = unit.NameVi, RecipientId = o.RecipientId, RecipientNameVi = recipient.NameVi,
            ExtendedTo = o.ExtendedTo, SubmissionId = s == null ? null : s.Id, Status = s == null ? null : s.Status, OnTime = s == null ? null : s.OnTime,
        };
}
