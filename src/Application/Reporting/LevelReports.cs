using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Domain.Reporting;

namespace PapiTracker.Application.Reporting;

internal static class LevelReports
{
    /// <summary>The state of every report owed to a receiving unit in a period; null where nothing has been written yet.</summary>
    public static IQueryable<SubmissionStatus?> Owed(this IApplicationDbContext db, int periodId, int unitId) =>
        from o in db.ReportObligations
        where o.PeriodId == periodId && o.RecipientId == unitId
        join s in db.ReportSubmissions on o.Id equals s.ObligationId into submissions
        from s in submissions.DefaultIfEmpty()
        select s == null ? (SubmissionStatus?)null : s.Status;
}
