using FluentValidation;
using Mediator;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;

namespace PapiTracker.Application.OrgUnits.Commands.UpdateOrgUnit;

/// <summary>Renames a unit, changes its code or its reporting line. Moving and merging are their own actions.</summary>
[RequiresPermission(Permission.ManageUnits)]
public sealed record UpdateOrgUnitCommand(int Id, string? Code, string NameVi, string? NameEn, int? ReportsToId) : ICommand<OrgUnitDto>;

public sealed class UpdateOrgUnitCommandValidator : AbstractValidator<UpdateOrgUnitCommand>
{
    public UpdateOrgUnitCommandValidator() => this.ValidNames(c => c.Code, c => c.NameVi, c => c.NameEn);
}

public sealed class UpdateOrgUnitCommandHandler(IApplicationDbContext db, AccessControl access) : ICommandHandler<UpdateOrgUnitCommand, OrgUnitDto>
{
    public async ValueTask<OrgUnitDto> Handle(UpdateOrgUnitCommand command, CancellationToken cancellationToken)
    {
        var unit = await db.ForChangeAsync(access, command.Id, cancellationToken);
        await db.EnsureCodeIsFreeAsync(command.Code, unit.Id, cancellationToken);
        var recipient = command.ReportsToId is { } reportsTo ? await db.ReferencedAsync(reportsTo, "reportsToId", cancellationToken) : null;

        unit.Rename(command.Code, command.NameVi, command.NameEn);
        unit.ReportTo(recipient);
        await db.SaveChangesAsync(cancellationToken);
        return OrgUnitDto.From(unit);
    }
}
