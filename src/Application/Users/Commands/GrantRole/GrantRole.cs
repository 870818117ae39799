using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Application.Common.Validation;

namespace PapiTracker.Application.Users.Commands.GrantRole;

/// <summary>Gives a user a role at a unit (covering its subtree), or the system admin role everywhere.</summary>
[RequiresPermission(Permission.ManageUsers)]
public sealed record GrantRoleCommand(Guid UserId, Role Role, int? UnitId) : ICommand<RoleAtUnitDto>;

public sealed class GrantRoleCommandValidator : AbstractValidator<GrantRoleCommand>
{
    public GrantRoleCommandValidator()
    {
        RuleFor(c => c.Role).IsInEnum();
        RuleFor(c => c.UnitId).NotNull().When(c => c.Role != Role.SystemAdmin).WithText(Messages.RoleHeldAtUnit);
        RuleFor(c => c.UnitId).Null().When(c => c.Role == Role.SystemAdmin).WithText(Messages.AdminRoleEverywhere);
    }
}

public sealed class GrantRoleCommandHandler(IApplicationDbContext db, IIdentityService identity, AccessControl access)
    : ICommandHandler<GrantRoleCommand, RoleAtUnitDto>
{
    public async ValueTask<RoleAtUnitDto> Handle(GrantRoleCommand command, CancellationToken cancellationToken)
    {
        _ = await identity.FindAsync(command.UserId, cancellationToken) ?? throw new NotFoundException(Messages.Resources.User, command.UserId);
        var unit = command.UnitId is { } unitId
            ? await db.OrgUnits.SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken)
              ?? throw new ValidationException([new ValidationFailure("unitId", Messages.UnitDoesNotExist(unitId))])
            : null;
        await access.EnsureCanWriteAsync(Permission.ManageUsers, unit?.Path, cancellationToken);
        if (await db.RoleAssignments.AnyAsync(a => a.UserId == command.UserId && a.Role == command.Role && a.UnitId == command.UnitId, cancellationToken))
            throw new DomainException(Messages.RoleAlreadyHeld);

        var assignment = RoleAssignment.Grant(command.UserId, command.Role, unit);
        db.RoleAssignments.Add(assignment);
        await db.SaveChangesAsync(cancellationToken);
        return new RoleAtUnitDto(assignment.Id, assignment.Role, unit?.Id, unit?.NameVi, unit?.NameEn);
    }
}
