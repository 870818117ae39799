using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Plans;
using PapiTracker.Domain.Common;
using PapiTracker.Application.Common.Validation;

namespace PapiTracker.Application.ActionItems.Commands.RecordProgress;

/// <summary>
/// A unit that leads or supports an action reports its part: status, percent, what was done. The log
/// is append-only; the lead units' reports move the action's status.
/// </summary>
[RequiresPermission(Permission.RecordProgress)]
public sealed record RecordProgressCommand(int ActionItemId, int UnitId, DateOnly ReportedOn, ActionStatus Status, int Percent, string Narrative)
    : ICommand<ActionProgressDto>;

public sealed class RecordProgressCommandValidator : AbstractValidator<RecordProgressCommand>
{
    public RecordProgressCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.Status).IsInEnum();
        RuleFor(c => c.Percent).InclusiveBetween(0, 100);
        RuleFor(c => c.Percent).Equal(100).When(c => c.Status == ActionStatus.Completed).WithText(Messages.CompletedAt100);
        RuleFor(c => c.Narrative).NotEmpty().MaximumLength(ActionProgress.NarrativeMaxLength);
        RuleFor(c => c.ReportedOn).LessThanOrEqualTo(_ => ActionItemReader.Today(clock)).WithText(Messages.ProgressNotInFuture);
    }
}

public sealed class RecordProgressCommandHandler(IApplicationDbContext db, AccessControl access, TimeProvider clock)
    : ICommandHandler<RecordProgressCommand, ActionProgressDto>
{
    public async ValueTask<ActionProgressDto> Handle(RecordProgressCommand command, CancellationToken cancellationToken)
    {
        var plans = (await db.VisiblePlansAsync(access, cancellationToken)).Select(p => p.Id);
        var action = await db.ActionItems.Include(a => a.Units)
            .SingleOrDefaultAsync(a => a.Id == command.ActionItemId && plans.Contains(a.PlanId), cancellationToken)
            ?? throw new NotFoundException(Messages.Resources.ActionItem, command.ActionItemId);
        var unit = await db.OrgUnits.SingleOrDefaultAsync(u => u.Id == command.UnitId, cancellationToken);
        if (unit is null || action.Units.All(u => u.UnitId != unit.Id))
            throw new ValidationException([new ValidationFailure("unitId", Messages.UnitNotOnActionById(command.UnitId, action.Code))]);
        await access.EnsureCanWriteAsync(Permission.RecordProgress, unit.Path, cancellationToken);

        var progress = action.RecordProgress(unit, access.Caller.UserId, access.Caller.ApiTokenId, clock.GetUtcNow(),
            command.ReportedOn, command.Status, command.Percent, command.Narrative);
        db.ActionProgress.Add(progress);
        await db.SaveChangesAsync(cancellationToken);
        return ActionProgressDto.From(progress, unit.NameVi, []);
    }
}
