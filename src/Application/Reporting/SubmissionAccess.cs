using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Domain.Reporting;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Reporting;

/// <summary>An obligation with what deciding on its report needs: its period and the paths of the reporting and the receiving unit.</summary>
internal sealed record ObligationContext(ReportObligation Obligation, ReportingPeriod Period, string UnitPath, string RecipientPath);

internal static class SubmissionAccess
{
    public static async Task<ObligationContext> ObligationAsync(this IApplicationDbContext db, int obligationId, CancellationToken ct) =>
        await db.Obligations(o => o.Id == obligationId).SingleOrDefaultAsync(ct)
        ?? throw new NotFoundException(Messages.Resources.ReportObligation, obligationId);

    public static async Task<Dictionary<int, ObligationContext>> ObligationsAsync(this IApplicationDbContext db, IReadOnlyCollection<int> obligationIds, CancellationToken ct) =>
        await db.Obligations(o => obligationIds.Contains(o.Id)).ToDictionaryAsync(c => c.Obligation.Id, ct);

    public static async Task<(ReportSubmission Submission, ObligationContext Context)> SubmissionAsync(this IApplicationDbContext db, int submissionId, CancellationToken ct)
    {
        var submission = await db.ReportSubmissions.Include(s => s.Versions).SingleOrDefaultAsync(s => s.Id == submissionId, ct)
            ?? throw new NotFoundException(Messages.Resources.Report, submissionId);
        return (submission, await db.ObligationAsync(submission.ObligationId, ct));
    }

    private static IQueryable<ObligationContext> Obligations(this IApplicationDbContext db, System.Linq.Expressions.Expression<Func<ReportObligation, bool>> which) =>
        from o in db.ReportObligations.AsNoTracking().Where(which)
        join period in db.ReportingPeriods on o.PeriodId equals period.Id
        join unit in db.OrgUnits on o.UnitId equals unit.Id
        join recipient in db.OrgUnits on o.RecipientId equals recipient.Id
        select new ObligationContext(o, period, unit.Path, recipient.Path);
}
