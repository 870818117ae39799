using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Common;
using PapiTracker.Application.Common.Validation;

namespace PapiTracker.Application.OrgUnits.Commands.MergeOrgUnits;

/// <summary>
/// Ends several units on a date and hands them to a successor (sáp nhập). Their history stays: they
/// keep their ids, names and past data, with an end date and the successor's id.
/// </summary>
[RequiresPermission(Permission.ManageUnits)]
public sealed record MergeOrgUnitsCommand(IReadOnlyList<int> UnitIds, int SuccessorId, DateOnly EffectiveOn) : ICommand<IReadOnlyList<OrgUnitDto>>;

public sealed class MergeOrgUnitsCommandValidator : AbstractValidator<MergeOrgUnitsCommand>
{
    public MergeOrgUnitsCommandValidator()
    {
        RuleFor(c => c.UnitIds).NotEmpty()
            .Must(ids => ids.Distinct().Count() == ids.Count).WithText(Messages.UnitListedTwice)
            .MaxItems(100).WithText(Messages.MergeAtMost(100));
        RuleFor(c => c.UnitIds).Must((c, ids) => !ids.Contains(c.SuccessorId)).WithText(Messages.SuccessorAmongMerged);
    }
}

public sealed class MergeOrgUnitsCommandHandler(IApplicationDbContext db, AccessControl access) : ICommandHandler<MergeOrgUnitsCommand, IReadOnlyList<OrgUnitDto>>
{
    public async ValueTask<IReadOnlyList<OrgUnitDto>> Handle(MergeOrgUnitsCommand command, CancellationToken cancellationToken)
    {
        var successor = await db.ReferencedAsync(command.SuccessorId, "successorId", cancellationToken);
        await access.EnsureCanWriteAsync(Permission.ManageUnits, successor.Path, cancellationToken);

        // Two queries whatever the number of units: the units, and which of them still have active sub-units.
        var ids = command.UnitIds.ToList();
        var units = await db.OrgUnits.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        var parents = await db.OrgUnits.Where(u => u.ParentId != null && ids.Contains(u.ParentId.Value) && u.ActiveTo == null)
            .Select(u => u.ParentId!.Value).Distinct().ToListAsync(cancellationToken);

        var merged = new List<OrgUnit>();
        foreach (var id in ids)
        {
            var unit = units.GetValueOrDefault(id) ?? throw new NotFoundException(Messages.Resources.Unit, id);
            await access.EnsureCanWriteAsync(Permission.ManageUnits, unit.Path, cancellationToken);
            unit.MergeInto(successor, command.EffectiveOn, hasActiveChildren: parents.Contains(id));
            merged.Add(unit);
        }
        await db.SaveChangesAsync(cancellationToken);
        return merged.Select(OrgUnitDto.From).ToList();
    }
}
