using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.OrgUnits.Commands.DeleteOrgUnit;

/// <summary>
/// Deletes a unit entered by mistake. A unit with sub-units, scores, roles, tokens, plans, actions or reports has a history:
/// it is ended by a merge instead, and deleting it is refused (409).
/// </summary>
[RequiresPermission(Permission.ManageUnits)]
public sealed record DeleteOrgUnitCommand(int Id) : ICommand;

public sealed class DeleteOrgUnitCommandHandler(IApplicationDbContext db, AccessControl access) : ICommandHandler<DeleteOrgUnitCommand>
{
    public async ValueTask<Unit> Handle(DeleteOrgUnitCommand command, CancellationToken cancellationToken)
    {
        var unit = await db.ForChangeAsync(access, command.Id, cancellationToken);
        var id = unit.Id;
        var inUse = await db.OrgUnits.AnyAsync(u => u.ParentId == id || u.ReportsToId == id || u.SuccessorId == id, cancellationToken)
            || await db.ReleaseEntries.AnyAsync(e => e.ProvinceId == id, cancellationToken)
            || await db.RoleAssignments.AnyAsync(a => a.UnitId == id, cancellationToken)
            || await db.ApiTokens.AnyAsync(t => t.UnitId == id, cancellationToken)
            || await db.Plans.AnyAsync(p => p.ProvinceId == id, cancellationToken)
            || await db.ActionItems.AnyAsync(a => a.Units.Any(u => u.UnitId == id), cancellationToken)
            || await db.ReportObligations.AnyAsync(o => o.UnitId == id || o.RecipientId == id, cancellationToken);
        if (inUse)
            throw new DomainException(Messages.UnitHasHistory(unit.NameVi));
        db.OrgUnits.Remove(unit);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
