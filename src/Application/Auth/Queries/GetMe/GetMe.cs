using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;

namespace PapiTracker.Application.Auth.Queries.GetMe;

/// <summary>The caller: the user (or API token), its roles with their units, and the permissions it holds.</summary>
[SignedInOperation]
public sealed record GetMeQuery : IQuery<MeDto>;

public sealed record MeDto(UserDto? User, int? ApiTokenId, IReadOnlyList<RoleAtUnitDto> Roles, IReadOnlyList<Permission> Permissions);

/// <summary>A role and the unit whose subtree it covers (none for a system admin).</summary>
public sealed record RoleAtUnitDto(int AssignmentId, Role Role, int? UnitId, string? UnitNameVi, string? UnitNameEn);

public sealed class GetMeQueryHandler(IApplicationDbContext db, IIdentityService identity, AccessControl access) : IQueryHandler<GetMeQuery, MeDto>
{
    public async ValueTask<MeDto> Handle(GetMeQuery query, CancellationToken cancellationToken)
    {
        var caller = access.Caller;
        var user = caller.UserId is { } id
            ? await identity.FindAsync(id, cancellationToken) ?? throw new UnauthorizedException()
            : null;
        var roles = user is null
            ? []
            : await (
                from assignment in db.RoleAssignments.AsNoTracking()
                where assignment.UserId == user.Id
                join unit in db.OrgUnits on assignment.UnitId equals unit.Id into units
                from unit in units.DefaultIfEmpty()
                orderby assignment.Id
                select new RoleAtUnitDto(assignment.Id, assignment.Role, assignment.UnitId, unit == null ? null : unit.NameVi, unit == null ? null : unit.NameEn))
                .ToListAsync(cancellationToken);
        var permissions = new List<Permission>();
        foreach (var permission in Enum.GetValues<Permission>())
        {
            if (!(await access.ScopeAsync(permission, cancellationToken)).IsEmpty)
                permissions.Add(permission);
        }
        return new MeDto(user, caller.ApiTokenId, roles, permissions);
    }
}
