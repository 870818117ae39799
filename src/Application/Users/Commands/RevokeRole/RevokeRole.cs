using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Users.Commands.RevokeRole;

/// <summary>Takes a role assignment away; it stops counting at the user's next request.</summary>
[RequiresPermission(Permission.ManageUsers)]
public sealed record RevokeRoleCommand(Guid UserId, int AssignmentId) : ICommand;

public sealed class RevokeRoleCommandHandler(IApplicationDbContext db) : ICommandHandler<RevokeRoleCommand>
{
    public async ValueTask<Unit> Handle(RevokeRoleCommand command, CancellationToken cancellationToken)
    {
        var assignment = await db.RoleAssignments.SingleOrDefaultAsync(a => a.Id == command.AssignmentId && a.UserId == command.UserId, cancellationToken)
            ?? throw new NotFoundException(Messages.Resources.RoleAssignment, command.AssignmentId);
        db.RoleAssignments.Remove(assignment);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
