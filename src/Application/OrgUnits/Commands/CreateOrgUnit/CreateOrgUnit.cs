using FluentValidation;
using FluentValidation.Results;
using Mediator;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;
using PapiTracker.Application.Common.Validation;

namespace PapiTracker.Application.OrgUnits.Commands.CreateOrgUnit;

/// <summary>Adds a unit under a parent in the caller's scope (a new province, with no parent, is for system admins).</summary>
[RequiresPermission(Permission.ManageUnits)]
public sealed record CreateOrgUnitCommand(
    OrgUnitKind Kind,
    string? Code,
    string NameVi,
    string? NameEn,
    int? ParentId,
    int? ReportsToId,
    DateOnly? ActiveFrom) : ICommand<OrgUnitDto>;

public sealed class CreateOrgUnitCommandValidator : AbstractValidator<CreateOrgUnitCommand>
{
    public CreateOrgUnitCommandValidator()
    {
        RuleFor(c => c.Kind).IsInEnum();
        this.ValidNames(c => c.Code, c => c.NameVi, c => c.NameEn);
        RuleFor(c => c.ParentId).NotNull().When(c => c.Kind != OrgUnitKind.Province).WithText(Messages.OnlyProvinceWithoutParent);
    }
}

public sealed class CreateOrgUnitCommandHandler(IApplicationDbContext db, AccessControl access, TimeProvider clock)
    : ICommandHandler<CreateOrgUnitCommand, OrgUnitDto>
{
    public async ValueTask<OrgUnitDto> Handle(CreateOrgUnitCommand command, CancellationToken cancellationToken)
    {
        var parent = command.ParentId is { } parentId ? await db.ReferencedAsync(parentId, "parentId", cancellationToken) : null;
        await access.EnsureCanWriteAsync(Permission.ManageUnits, parent?.Path, cancellationToken);
        var activeFrom = command.ActiveFrom ?? VietnamTime.Today(clock.GetUtcNow());
        var recipient = command.ReportsToId is { } reportsTo ? await db.ReferencedAsync(reportsTo, "reportsToId", cancellationToken) : null;

        // Every problem with the unit's days at once: its code on those days, its parent on its first day.
        var problems = new List<ValidationFailure>();
        if (await db.CodeClashAsync(command.Code, null, activeFrom, null, cancellationToken) is { } clash)
            problems.Add(clash);
        if (parent is not null && !parent.IsActiveOn(activeFrom))
            problems.Add(new ValidationFailure("parentId", Messages.ParentNotActive(parent.NameVi, activeFrom)));
        if (problems.Count > 0)
            throw new ValidationException(problems);

        var unit = OrgUnit.Create(command.Kind, command.Code, command.NameVi, command.NameEn, parent, activeFrom);
        unit.ReportTo(recipient);
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        return OrgUnitDto.From(unit);
    }
}
