using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Domain.Access;

namespace PapiTracker.Application.Users;

/// <summary>A role and the unit whose subtree it covers (none for a system admin).</summary>
public sealed record RoleAtUnitDto(int AssignmentId, Role Role, int? UnitId, string? UnitNameVi, string? UnitNameEn);

/// <summary>The roles users hold, with their units: what the caller sees of itself and what the admin sees of every listed user.</summary>
internal static class RolesHeld
{
    /// <summary>Reads the roles of all the given users in one query (a page of users costs one round trip, not one per user), oldest grant first.</summary>
    public static async Task<ILookup<Guid, RoleAtUnitDto>> OfAsync(IApplicationDbContext db, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        var held = await (
            from assignment in db.RoleAssignments.AsNoTracking()
            where userIds.Contains(assignment.UserId)
            join unit in db.OrgUnits on assignment.UnitId equals unit.Id into units
            from unit in units.DefaultIfEmpty()
            orderby assignment.Id
            select new
            {
                assignment.UserId,
                Role = new RoleAtUnitDto(assignment.Id, assignment.Role, assignment.UnitId, unit == null ? null : unit.NameVi, unit == null ? null : unit.NameEn),
            })
            .ToListAsync(cancellationToken);
        return held.ToLookup(h => h.UserId, h => h.Role);
    }
}
