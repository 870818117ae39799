using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Plans;

namespace PapiTracker.Application.Plans;

/// <summary>A province's plan is read by everyone in the province and above it; scope filtering happens in SQL.</summary>
internal static class PlanAccess
{
    public static async Task<IQueryable<Plan>> VisiblePlansAsync(this IApplicationDbContext db, AccessControl access, CancellationToken ct)
    {
        var scope = await access.ScopeAsync(Permission.ReadPlans, ct);
        var provinces = db.OrgUnits.Where(scope.Reaches<OrgUnit>(u => u.Path)).Select(u => u.Id);
        return db.Plans.AsNoTracking().Where(p => provinces.Contains(p.ProvinceId));
    }

    public static async Task<Plan> VisiblePlanAsync(this IApplicationDbContext db, AccessControl access, int planId, CancellationToken ct) =>
        await (await db.VisiblePlansAsync(access, ct)).Include(p => p.Targets).SingleOrDefaultAsync(p => p.Id == planId, ct)
        ?? throw new NotFoundException("Plan", planId);
}
