using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Scores;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Frameworks;
using PapiTracker.Domain.Plans;
using PapiTracker.Domain.Common;
using PapiTracker.Application.Common.Validation;

namespace PapiTracker.Application.ActionItems.Commands.CreateActionItem;

/// <summary>
/// Adds an action item to a plan: its dimension and the sub-dimensions (of the baseline's framework
/// version) it should move, its text, dates, and lead and coordinating units. Lead units must be in
/// the coordinator's scope.
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
        RuleFor(c => c.Dimension).NotEmpty().MaximumLength(ActionItem.CodeMaxLength);
        RuleFor(c => c.SubDimensions).NotEmpty().MaxItems(MaxListed).WithText(Messages.AtMostEntries(MaxListed));
        RuleForEach(c => c.SubDimensions).MaximumLength(FrameworkLimits.CodeMaxLength);
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

        var framework = await standings.FrameworkAsync(plan.Framework, cancellationToken);
        var version = framework.VersionForYear(plan.BaselineYear)
            ?? throw new NotFoundException(Messages.Resources.FrameworkVersion, $"{plan.Framework} {plan.BaselineYear}");
        var failures = new List<ValidationFailure>();
        if (version.Dimensions.All(d => d.Code != command.Dimension))
            failures.Add(new("dimension", Messages.NoDimension(version.Code, command.Dimension)));
        failures.AddRange(command.SubDimensions.Select((code, i) => (code, i))
            .Where(s => version.SubDimensions.All(v => v.Code != s.code))
            .Select(s => new ValidationFailure($"subDimensions[{s.i}]", Messages.NotASubDimensionOfBaseline(s.code, version.Code, plan.BaselineYear))));
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

        var item = ActionItem.Create(plan, command.Code.Trim(), ActionKind.Action, [command.Dimension], command.SubDimensions,
            command.TextVi, command.TextEn, command.StartDate, command.DueDate, command.Recurring, command.ReviewCadence);
        foreach (var id in command.LeadUnitIds.Distinct())
            item.Assign(id, ActionUnitRole.Lead);
        foreach (var id in command.CoordinatingUnitIds.Distinct())
            item.Assign(id, ActionUnitRole.Coordinating);
        db.ActionItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return (await ActionItemReader.ToDtosAsync(db, [item], ActionItemReader.Today(clock), cancellationToken)).Single();
    }
}
