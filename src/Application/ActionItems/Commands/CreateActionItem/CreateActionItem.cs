using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Scores;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Plans;
using PapiTracker.Domain.Common;
using PapiTracker.Application.Common.Validation;

namespace PapiTracker.Application.ActionItems.Commands.CreateActionItem;

/// <summary>
/// Adds an action item to a plan: its dimension and the sub-dimensions it should move, of any of the
/// plan's indices (<c>8.3</c> in the lead index, <c>PCI:land_access</c> in another; each must be in that
/// index's version of its baseline year), its text, dates, and lead and coordinating units. Lead units
/// must be in the coordinator's scope.
/// </summary>
[RequiresPermission(Permission.ManagePlans)]
public sealed record CreateActionItemCommand(
    int PlanId, string Code, string Dimension, IReadOnlyList<string> SubDimensions, string TextVi, string? TextEn,
    DateOnly? StartDate, DateOnly? DueDate, bool Recurring, ReviewCadence? ReviewCadence, IReadOnlyList<int> LeadUnitIds, IReadOnlyList<int> CoordinatingUnitIds)
    : ICommand<ActionItemDto>;

public sealed class CreateActionItemCommandValidator : AbstractValidator<CreateActionItemCommand>
{
    /// <summary>Sub-dimensions and units one action names, at most (the framework has a few dozen sub-dimensions).</summary>
    public const int MaxListed = 200;

    public CreateActionItemCommandValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(ActionItem.CodeMaxLength);
        RuleFor(c => c.Dimension).NotEmpty().MaximumLength(ComponentRef.MaxLength);
        RuleFor(c => c.SubDimensions).NotEmpty().MaxItems(MaxListed).WithText(Messages.AtMostEntries(MaxListed));
        RuleForEach(c => c.SubDimensions).NotEmpty().MaximumLength(ComponentRef.MaxLength);
        RuleFor(c => c.TextVi).NotEmpty().MaximumLength(ActionItem.TextMaxLength);
        RuleFor(c => c.TextEn).MaximumLength(ActionItem.TextMaxLength);
        RuleFor(c => c.DueDate).GreaterThanOrEqualTo(c => c.StartDate).When(c => c.StartDate is not null && c.DueDate is not null)
            .WithText(Messages.DueDateBeforeStart);
        RuleFor(c => c.DueDate).Null().When(c => c.Recurring).WithText(Messages.RecurringActionNoDueDate);
        RuleFor(c => c.ReviewCadence).IsInEnum();
        RuleFor(c => c.LeadUnitIds).NotEmpty().WithText(Messages.ActionNeedsLead).MaxItems(MaxListed).WithText(Messages.AtMostEntries(MaxListed));
        RuleFor(c => c.CoordinatingUnitIds).MaxItems(MaxListed).WithText(Messages.AtMostEntries(MaxListed));
        RuleFor(c => c.CoordinatingUnitIds).Must((c, ids) => !ids.Intersect(c.LeadUnitIds).Any())
            .WithText(Messages.LeadOrCoordinate);
    }
}

public sealed class CreateActionItemCommandHandler(IApplicationDbContext db, AccessControl access, StandingsReader standings, TimeProvider clock)
    : ICommandHandler<CreateActionItemCommand, ActionItemDto>
{
    public async ValueTask<ActionItemDto> Handle(CreateActionItemCommand command, CancellationToken cancellationToken)
    {
        var (plan, _) = await db.PlanToChangeAsync(access, command.PlanId, cancellationToken);

        var failures = new List<ValidationFailure>();
        var dimension = await ComponentAsync(plan, command.Dimension, "dimension", isDimension: true, failures, cancellationToken);
        var subDimensions = new List<string>();
        foreach (var (reference, i) in command.SubDimensions.Select((r, i) => (r, i)))
            subDimensions.Add(await ComponentAsync(plan, reference, $"subDimensions[{i}]", isDimension: false, failures, cancellationToken));
        if (await db.ActionItems.AnyAsync(a => a.PlanId == plan.Id && a.Code == command.Code, cancellationToken))
            failures.Add(new("code", Messages.ActionCodeTaken(command.Code)));

        var unitIds = command.LeadUnitIds.Concat(command.CoordinatingUnitIds).Distinct().ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        var scope = await access.ScopeAsync(Permission.ManagePlans, cancellationToken);
        foreach (var (id, i) in command.LeadUnitIds.Select((id, i) => (id, i)))
        {
            if (!units.TryGetValue(id, out var unit))
                failures.Add(new($"leadUnitIds[{i}]", Messages.UnitDoesNotExist(id)));
            else if (!scope.Covers(unit.Path))
                failures.Add(new($"leadUnitIds[{i}]", Messages.OutsideUnitsYouCoordinate(unit.NameVi)));
        }
        foreach (var (id, i) in command.CoordinatingUnitIds.Select((id, i) => (id, i)).Where(x => !units.ContainsKey(x.id)))
            failures.Add(new($"coordinatingUnitIds[{i}]", Messages.UnitDoesNotExist(id)));
        if (failures.Count > 0)
            throw new ValidationException(failures);

        var item = ActionItem.Create(plan, command.Code.Trim(), ActionKind.Action, [dimension], subDimensions,
            command.TextVi, command.TextEn, command.StartDate, command.DueDate, command.Recurring, command.ReviewCadence);
        foreach (var id in command.LeadUnitIds.Distinct())
            item.Assign(id, ActionUnitRole.Lead);
        foreach (var id in command.CoordinatingUnitIds.Distinct())
            item.Assign(id, ActionUnitRole.Coordinating);
        db.ActionItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return (await ActionItemReader.ToDtosAsync(db, [item], ActionItemReader.Today(clock), cancellationToken)).Single();
    }

    /// <summary>
    /// A dimension or component of one of the plan's indices, as stored (bare in the lead index); a failure
    /// at <paramref name="field"/> when the plan does not answer that index or its baseline version lacks the code.
    /// </summary>
    private async Task<string> ComponentAsync(Plan plan, string reference, string field, bool isDimension, List<ValidationFailure> failures, CancellationToken ct)
    {
        var component = ComponentRef.Parse(reference, plan.Framework);
        if (plan.IndexOf(component.Framework) is not { } index)
        {
            failures.Add(new(field, Messages.PlanHasNoIndex(component.Framework)));
            return reference;
        }
        var framework = await standings.FrameworkAsync(index.Framework, ct);
        var version = framework.VersionForYear(index.BaselineYear)
            ?? throw new NotFoundException(Messages.Resources.FrameworkVersion, $"{index.Framework} {index.BaselineYear}");
        if (isDimension && version.Dimensions.All(d => d.Code != component.Code))
            failures.Add(new(field, Messages.NoDimension(version.Code, component.Code)));
        else if (!isDimension && version.SubDimensions.All(s => s.Code != component.Code))
            failures.Add(new(field, Messages.NotASubDimensionOfBaseline(component.Code, version.Code, index.BaselineYear)));
        return component.Format(plan.Framework);
    }
}
