using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Plans;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Common.Security;

/// <summary>
/// A province's plan is read by everyone in the province and above it, and, once the province has ended in a
/// restructuring, by everyone in its successor, which took over its units and its history (the 2021 plan of
/// Bắc Giang is read in the new Bắc Ninh, where its units now sit); scope filtering happens in SQL.
/// The query is left tracking: EF applies an AsNoTracking found anywhere in a query to all of it,
/// so a subquery built from here must not turn off tracking for the entities a command changes.
/// </summary>
internal static class PlanAccess
{
    public static async Task<IQueryable<Plan>> VisiblePlansAsync(this IApplicationDbContext db, AccessControl access, CancellationToken ct)
    {
        var scope = await access.ScopeAsync(Permission.ReadPlans, ct);
        var reached = db.OrgUnits.Where(scope.Reaches<OrgUnit>(u => u.Path)).Select(u => u.Id);
        var provinces = reached.Concat(db.OrgUnits.Where(u => u.SuccessorId != null && reached.Contains(u.SuccessorId.Value)).Select(u => u.Id));
        return db.Plans.Where(p => provinces.Contains(p.ProvinceId));
    }

    /// <summary>404 unless the caller may read the plan: for reads that need nothing else of it (one EXISTS, not the plan and its targets).</summary>
    public static async Task EnsurePlanVisibleAsync(this IApplicationDbContext db, AccessControl access, int planId, CancellationToken ct)
    {
        if (!await (await db.VisiblePlansAsync(access, ct)).AnyAsync(p => p.Id == planId, ct))
            throw new NotFoundException(Messages.Resources.Plan, planId);
    }

    public static async Task<Plan> VisiblePlanAsync(this IApplicationDbContext db, AccessControl access, int planId, CancellationToken ct) =>
        await (await db.VisiblePlansAsync(access, ct)).AsNoTracking().Include(p => p.Targets).SingleOrDefaultAsync(p => p.Id == planId, ct)
        ?? throw new NotFoundException(Messages.Resources.Plan, planId);

    /// <summary>
    /// A plan to change, tracked, with its province's path: 404 when the caller cannot read it, 403 when
    /// it may not manage its province's plans.
    /// </summary>
    public static async Task<(Plan Plan, string ProvincePath)> PlanToChangeAsync(this IApplicationDbContext db, AccessControl access, int planId, CancellationToken ct)
    {
        var found = await (from plan in await db.VisiblePlansAsync(access, ct)
                           where plan.Id == planId
                           join province in db.OrgUnits on plan.ProvinceId equals province.Id
                           select new { plan, province.Path }).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException(Messages.Resources.Plan, planId);
        await access.EnsureCanWriteAsync(Permission.ManagePlans, found.Path, ct);
        return (found.plan, found.Path);
    }
}
