using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Common.Validation;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Webhooks;

namespace PapiTracker.Application.Webhooks.Commands.ReplayWebhookEvents;

/// <summary>
/// Sends again every event the subscription hears that occurred in [From, To) (also from before it existed: a receiver
/// rebuilding its copy), as new deliveries on the next round. Only events every transaction has settled are replayed.
/// </summary>
[RequiresPermission(Permission.ManageWebhooks)]
public sealed record ReplayWebhookEventsCommand(int WebhookId, DateTimeOffset From, DateTimeOffset To) : ICommand<ReplayedWebhookEventsDto>
{
    public const int MaxDays = 31;
}

public sealed record ReplayedWebhookEventsDto(int Deliveries);

public sealed class ReplayWebhookEventsCommandValidator : AbstractValidator<ReplayWebhookEventsCommand>
{
    public ReplayWebhookEventsCommandValidator() =>
        RuleFor(c => c.To).Must((c, to) => c.From < to && to - c.From <= TimeSpan.FromDays(ReplayWebhookEventsCommand.MaxDays))
            .WithText(Messages.ReplayRange(ReplayWebhookEventsCommand.MaxDays));
}

public sealed class ReplayWebhookEventsCommandHandler(IApplicationDbContext db, AccessControl access, IEventHorizon horizon, TimeProvider clock)
    : ICommandHandler<ReplayWebhookEventsCommand, ReplayedWebhookEventsDto>
{
    public async ValueTask<ReplayedWebhookEventsDto> Handle(ReplayWebhookEventsCommand command, CancellationToken cancellationToken)
    {
        var subscription = await db.ManagedAsync(access, command.WebhookId, cancellationToken);
        var below = await horizon.OldestRunningTransactionAsync(cancellationToken);
        var events = await db.IntegrationEvents.AsNoTracking()
            .Where(WebhookScope.Hears(await db.UnitPathAsync(subscription, cancellationToken)))
            .Where(e => e.TransactionId < below && e.OccurredAt >= command.From && e.OccurredAt < command.To)
            .OrderBy(e => e.TransactionId).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.Type })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var replayed = events.Where(e => subscription.Wants(e.Type)).Select(e => new WebhookDelivery(subscription.Id, e.Id, now)).ToList();
        db.WebhookDeliveries.AddRange(replayed);
        await db.SaveChangesAsync(cancellationToken);
        return new ReplayedWebhookEventsDto(replayed.Count);
    }
}
