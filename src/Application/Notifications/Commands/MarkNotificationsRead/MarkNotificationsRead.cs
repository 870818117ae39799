using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Notifications.Commands.MarkNotificationsRead;

/// <summary>Marks the caller's notices read: those listed, or all of them when none is listed. Others' notices are never touched.</summary>
[SignedInOperation]
public sealed record MarkNotificationsReadCommand(IReadOnlyList<long>? Ids) : ICommand<int>;

public sealed class MarkNotificationsReadCommandValidator : AbstractValidator<MarkNotificationsReadCommand>
{
    public MarkNotificationsReadCommandValidator() => RuleFor(c => c.Ids!.Count).LessThanOrEqualTo(500).When(c => c.Ids is not null).OverridePropertyName("ids");
}

public sealed class MarkNotificationsReadCommandHandler(IApplicationDbContext db, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<MarkNotificationsReadCommand, int>
{
    public async ValueTask<int> Handle(MarkNotificationsReadCommand command, CancellationToken cancellationToken)
    {
        var userId = caller.UserId ?? throw new ForbiddenAccessException(Messages.NotificationsNeedAPerson);
        var now = clock.GetUtcNow();
        return await db.Notifications
            .Where(n => n.UserId == userId && n.ReadAt == null && (command.Ids == null || command.Ids.Contains(n.Id)))
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
    }
}
