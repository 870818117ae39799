using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;

namespace PapiTracker.Application.OrgUnits.Commands.MoveOrgUnit;

/// <summary>Moves a unit with its whole subtree under another parent; both ends must be in the caller's scope.</summary>
[RequiresPermission(Permission.ManageUnits)]
public sealed record MoveOrgUnitCommand(int Id, int NewParentId) : ICommand<OrgUnitDto>;

public sealed class MoveOrgUnitCommandHandler(IApplicationDbContext db, AccessControl access, TimeProvider clock)
    : ICommandHandler<MoveOrgUnitCommand, OrgUnitDto>
{
    public async ValueTask<OrgUnitDto> Handle(MoveOrgUnitCommand command, CancellationToken cancellationToken)
    {
        var unit = await db.ForChangeAsync(access, command.Id, cancellationToken);
        var newParent = await db.ReferencedAsync(command.NewParentId, "newParentId", cancellationToken);
        await access.EnsureCanWriteAsync(Permission.ManageUnits, newParent.Path, cancellationToken);

        var descendants = await db.OrgUnits.Where(u => u.Path.StartsWith(unit.Path) && u.Id != unit.Id).ToListAsync(cancellationToken);
        unit.MoveUnder(newParent, descendants, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return OrgUnitDto.From(unit);
    }
}
