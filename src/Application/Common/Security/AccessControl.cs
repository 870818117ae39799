using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Domain.Access;

namespace PapiTracker.Application.Common.Security;

/// <summary>
/// Answers "where may the caller do this?" from the caller's role assignments (or API token). Roles are
/// not carried in the access token but kept in <see cref="RoleGrants"/>, forgotten on every change to
/// roles or units, so a revoked role takes effect at once.
/// </summary>
public sealed class AccessControl(IApplicationDbContext db, ICurrentUser caller, RoleGrants roleGrants)
{
    private IReadOnlyList<Grant>? _grants;

    public ICurrentUser Caller => caller;

    public async Task<AccessScope> ScopeAsync(Permission permission, CancellationToken ct)
    {
        var grants = await GrantsAsync(ct);
        var relevant = grants.Where(g => g.Permissions.Contains(permission)).ToList();
        if (relevant.Any(g => g.Path is null))
            return new AccessScope(true, []);
        return new AccessScope(false, relevant.Select(g => g.Path!).Distinct().ToList());
    }

    /// <summary>
    /// For a write: outside the scope it is forbidden. (Single reads hide existence instead: their
    /// queries filter by <see cref="AccessScope"/> and find nothing, so the caller gets 404.)
    /// </summary>
    public async Task EnsureCanWriteAsync(Permission permission, string? unitPath, CancellationToken ct)
    {
        if (!(await ScopeAsync(permission, ct)).Covers(unitPath))
            throw new ForbiddenAccessException();
    }

    private async Task<IReadOnlyList<Grant>> GrantsAsync(CancellationToken ct)
    {
        if (_grants is not null)
            return _grants;
        if (caller.IsOperator)
        {
            _grants = [new Grant(Enum.GetValues<Permission>(), null)];
        }
        else if (caller.UserId is { } userId)
        {
            _grants = await roleGrants.GetOrLoadAsync(userId, async ct =>
            {
                var roles = await (
                    from assignment in db.RoleAssignments.AsNoTracking()
                    where assignment.UserId == userId
                    join unit in db.OrgUnits on assignment.UnitId equals unit.Id into units
                    from unit in units.DefaultIfEmpty()
                    select new { assignment.Role, Path = unit == null ? null : unit.Path, Ended = unit != null && unit.ActiveTo != null }).ToListAsync(ct);
                // A role at a unit that has ended (merged, restructured) still reads that unit's history, and changes nothing.
                return roles.Select(r => new Grant(Enum.GetValues<Permission>().Where(p => p.IsGrantedBy(r.Role) && (!r.Ended || p.IsRead())).ToArray(), r.Path)).ToList();
            }, ct);
        }
        else if (caller.ApiTokenId is { } tokenId)
        {
            var token = await (
                from t in db.ApiTokens.AsNoTracking()
                where t.Id == tokenId
                join unit in db.OrgUnits on t.UnitId equals unit.Id
                select new { t.Scopes, unit.Path }).SingleAsync(ct);
            _grants = [new Grant(token.Scopes.Select(s => Permissions.TokenScopes[s]).ToArray(), token.Path)];
        }
        else
        {
            _grants = [];
        }
        return _grants;
    }
}
