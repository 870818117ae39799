using Mediator;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Users;
using PapiTracker.Domain.Access;

namespace PapiTracker.Application.Auth.Queries.GetMe;

/// <summary>The caller: the user (or API token), its roles with their units, and the permissions it holds.</summary>
[SignedInOperation]
public sealed record GetMeQuery : IQuery<MeDto>;

public sealed record MeDto(UserDto? User, int? ApiTokenId, IReadOnlyList<RoleAtUnitDto> Roles, IReadOnlyList<Permission> Permissions);

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
            : (await RolesHeld.OfAsync(db, [user.Id], cancellationToken))[user.Id].ToList();
        var permissions = new List<Permission>();
        foreach (var permission in Enum.GetValues<Permission>())
        {
            if (!(await access.ScopeAsync(permission, cancellationToken)).IsEmpty)
                permissions.Add(permission);
        }
        return new MeDto(user, caller.ApiTokenId, roles, permissions);
    }
}
