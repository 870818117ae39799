using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Webhooks;

namespace PapiTracker.Application.Webhooks.Commands.ReplayWebhookDelivery;

/// <summary>Sends one delivery's event again, as a new delivery (same <c>webhook-id</c>: the receiver may deduplicate), on the next round.</summary>
[RequiresPermission(Permission.ManageWebhooks)]
public sealed record ReplayWebhookDeliveryCommand(int WebhookId, long DeliveryId) : ICommand<WebhookDeliveryDto>;

public sealed class ReplayWebhookDeliveryCommandHandler(IApplicationDbContext db, AccessControl access, TimeProvider clock)
    : ICommandHandler<ReplayWebhookDeliveryCommand, WebhookDeliveryDto>
{
    public async ValueTask<WebhookDeliveryDto> Handle(ReplayWebhookDeliveryCommand command, CancellationToken cancellationToken)
    {
        var subscription = await db.ManagedAsync(access, command.WebhookId, cancellationToken);
        var original = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Id == command.DeliveryId && d.SubscriptionId == subscription.Id)
            .Join(db.IntegrationEvents, d => d.EventId, e => e.Id, (d, e) => new { d.Id, d.EventId, e.Type })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Messages.Resources.WebhookDelivery, command.DeliveryId);
        var replay = new WebhookDelivery(subscription.Id, original.EventId, clock.GetUtcNow(), original.Id);
        db.WebhookDeliveries.Add(replay);
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookDeliveryDto(replay.Id, replay.EventId, original.Type, replay.Status, 0, replay.CreatedAt, null, replay.NextAttemptAt, null, null, null, replay.ReplayOf);
    }
}
