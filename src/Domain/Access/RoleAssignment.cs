using PapiTracker.Domain.Auditing;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Domain.Access;

/// <summary>A user holds a role at a unit, covering its subtree. A system admin's role is held everywhere (no unit).</summary>
public sealed class RoleAssignment : IAudited
{
    private string? _unitPath;

    private RoleAssignment() { }

    public int Id { get; private set; }
    public Guid UserId { get; private set; }
    public Role Role { get; private set; }
    public int? UnitId { get; private set; }

    string? IAudited.AuditUnitPath => _unitPath;

    public static RoleAssignment Grant(Guid userId, Role role, OrgUnit? unit)
    {
        if (role == Role.SystemAdmin && unit is not null)
            throw new DomainException(Messages.AdminRoleNotAtUnit);
        if (role != Role.SystemAdmin && unit is null)
            throw new DomainException(Messages.RoleNeedsUnit(role.ToString()));
        if (unit is not null && unit.ActiveTo is not null)
            throw new DomainException(Messages.UnitNoLongerActive(unit.NameVi));
        return new RoleAssignment { UserId = userId, Role = role, UnitId = unit?.Id, _unitPath = unit?.Path };
    }
}
