using FluentValidation;
using Mediator;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;

namespace PapiTracker.Application.OrgUnits.Commands.UpdateOrgUnit;

/// <summary>
/// Renames a unit, changes its code or its reporting line, or whether its officers may submit its reports
/// (left as it is when not given), if it is still at the version the caller read (If-Match). Moving and
/// merging are their own actions.
/// </summary>
[RequiresPermission(Permission.ManageUnits)]
public sealed record UpdateOrgUnitCommand(int Id, string? Code, string NameVi, string? NameEn, int? ReportsToId, bool? OfficersMaySubmit, IfMatch IfMatch)
    : ICommand<Versioned<OrgUnitDto>>;

public sealed class UpdateOrgUnitCommandValidator : AbstractValidator<UpdateOrgUnitCommand>
{
    public UpdateOrgUnitCommandValidator() => this.ValidNames(c => c.Code, c => c.NameVi, c => c.NameEn);
}

public sealed class UpdateOrgUnitCommandHandler(IApplicationDbContext db, AccessControl access) : ICommandHandler<UpdateOrgUnitCommand, Versioned<OrgUnitDto>>
{
    public async ValueTask<Versioned<OrgUnitDto>> Handle(UpdateOrgUnitCommand command, CancellationToken cancellationToken)
    {
        var unit = await db.ForChangeAsync(access, command.Id, cancellationToken);
        command.IfMatch.EnsureMatches(unit.Version);
        await db.EnsureCodeIsFreeAsync(command.Code, unit.Id, unit.ActiveFrom, unit.ActiveTo, cancellationToken);
        var recipient = command.ReportsToId is { } reportsTo ? await db.ReferencedAsync(reportsTo, "reportsToId", cancellationToken) : null;

        unit.Rename(command.Code, command.NameVi, command.NameEn);
        unit.ReportTo(recipient);
        if (command.OfficersMaySubmit is { } allowed)
            unit.LetOfficersSubmit(allowed);
        await db.SaveChangesAsync(cancellationToken);
        return new Versioned<OrgUnitDto>(OrgUnitDto.From(unit), unit.Version);
    }
}
