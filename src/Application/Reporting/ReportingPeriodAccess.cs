using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Reporting;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Reporting;

internal static class ReportingPeriodAccess
{
    /// <summary>A period of a plan the caller reads, with its province's path; 404 otherwise.</summary>
    public static async Task<(ReportingPeriod Period, int ProvinceId, string ProvincePath)> VisiblePeriodAsync(
        this IApplicationDbContext db, AccessControl access, int periodId, CancellationToken ct)
    {
        var plans = await db.VisiblePlansAsync(access, ct);
        var found = await (from period in db.ReportingPeriods.AsNoTracking()
                           where period.Id == periodId
                           join plan in plans on period.PlanId equals plan.Id
                           join province in db.OrgUnits on plan.ProvinceId equals province.Id
                           select new { period, province.Id, province.Path }).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException(Messages.Resources.ReportingPeriod, periodId);
        return (found.period, found.Id, found.Path);
    }
}
