using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Plans;
using PapiTracker.Domain.Common;
using PapiTracker.Application.Common.Validation;

namespace PapiTracker.Application.ActionItems.Commands.ReviseActionItem;

/// <summary>The plan's coordinator edits an action's text and dates, if it is still at the version read (If-Match).</summary>
[RequiresPermission(Permission.ManagePlans)]
public sealed record ReviseActionItemCommand(
    int Id, string TextVi, string? TextEn, DateOnly? StartDate, DateOnly? DueDate, bool Recurring, ReviewCadence? ReviewCadence, IfMatch IfMatch)
    : ICommand<Versioned<ActionItemDto>>;

public sealed class ReviseActionItemCommandValidator : AbstractValidator<ReviseActionItemCommand>
{
    public ReviseActionItemCommandValidator()
    {
        RuleFor(c => c.TextVi).NotEmpty().MaximumLength(ActionItem.TextMaxLength);
        RuleFor(c => c.TextEn).MaximumLength(ActionItem.TextMaxLength);
        RuleFor(c => c.DueDate).GreaterThanOrEqualTo(c => c.StartDate).When(c => c.StartDate is not null && c.DueDate is not null)
            .WithText(Messages.DueDateBeforeStart);
        RuleFor(c => c.DueDate).Null().When(c => c.Recurring).WithText(Messages.RecurringActionNoDueDate);
        RuleFor(c => c.ReviewCadence).IsInEnum();
    }
}

public sealed class ReviseActionItemCommandHandler(IApplicationDbContext db, AccessControl access, TimeProvider clock)
    : ICommandHandler<ReviseActionItemCommand, Versioned<ActionItemDto>>
{
    public async ValueTask<Versioned<ActionItemDto>> Handle(ReviseActionItemCommand command, CancellationToken cancellationToken)
    {
        var item = await db.ActionItems.Include(a => a.Units).SingleOrDefaultAsync(a => a.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(Messages.Resources.ActionItem, command.Id);
        await db.PlanToChangeAsync(access, item.PlanId, cancellationToken);
        command.IfMatch.EnsureMatches(item.Version);

        item.Revise(command.TextVi, command.TextEn, command.StartDate, command.DueDate, command.Recurring, command.ReviewCadence);
        await db.SaveChangesAsync(cancellationToken);
        var dto = (await ActionItemReader.ToDtosAsync(db, [item], ActionItemReader.Today(clock), cancellationToken)).Single();
        return new Versioned<ActionItemDto>(dto, item.Version);
    }
}
