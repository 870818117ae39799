using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Events.Queries.GetEvents;
using PapiTracker.Application.Webhooks;
using PapiTracker.Domain.Notifications;
using PapiTracker.Domain.Webhooks;
using PapiTracker.Infrastructure.Data;

namespace PapiTracker.Infrastructure.Webhooks;

/// <summary>
/// One round of webhook delivery, run in one process at a time (<see cref="Jobs.JobRounds.Webhooks"/>): each enabled
/// subscription takes deliveries for the events after its cursor (below the feed's horizon, so none is skipped, ADR 0012),
/// in the same transaction that moves the cursor; then every delivery due is POSTed. Each outcome is saved before the
/// next is sent, so a restart repeats at most the one in flight (at least once, never lost).
/// </summary>
public sealed class WebhookDispatcher(
    ApplicationDbContext db, IEventHorizon horizon, WebhookSender sender, IOptions<WebhookOptions> options, TimeProvider clock)
{
    /// <summary>The message as the event feed gives it (<see cref="EventDto"/>): one shape for both ways of hearing.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Returns how many deliveries were attempted.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        await TakeNewEventsAsync(ct);
        return await SendDueAsync(ct);
    }

    private async Task TakeNewEventsAsync(CancellationToken ct)
    {
        var below = await horizon.OldestRunningTransactionAsync(ct);
        var now = clock.GetUtcNow();
        var subscriptions = await db.WebhookSubscriptions.Where(s => s.DisabledAt == null).OrderBy(s => s.Id).ToListAsync(ct);
        foreach (var subscription in subscriptions)
        {
            var (afterTransaction, afterEvent) = (subscription.CursorTransactionId, subscription.CursorEventId);
            var events = await db.IntegrationEvents.AsNoTracking()
                .Where(WebhookScope.Hears(await db.UnitPathAsync(subscription, ct)))
                .Where(e => e.TransactionId < below)
                .Where(e => e.TransactionId > afterTransaction || (e.TransactionId == afterTransaction && e.Id > afterEvent))
                .OrderBy(e => e.TransactionId).ThenBy(e => e.Id)
                .Take(options.Value.BatchSize)
                .Select(e => new { e.Id, e.TransactionId, e.Type })
                .ToListAsync(ct);
            if (events.Count == 0)
                continue;
            db.WebhookDeliveries.AddRange(events.Where(e => subscription.Wants(e.Type)).Select(e => new WebhookDelivery(subscription.Id, e.Id, now)));
            subscription.MoveCursor(events[^1].TransactionId, events[^1].Id);
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task<int> SendDueAsync(CancellationToken ct)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var due = await (
            from d in db.WebhookDeliveries
            where d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now
            join s in db.WebhookSubscriptions on d.SubscriptionId equals s.Id
            where s.DisabledAt == null
            join e in db.IntegrationEvents on d.EventId equals e.Id
            orderby d.NextAttemptAt, d.Id
            select new { Delivery = d, Subscription = s, Event = e })
            .Take(settings.BatchSize)
            .ToListAsync(ct);

        // One failure per subscription per round: a receiver that is down does not hold up the others for its timeouts.
        var failing = new HashSet<int>();
        var attempted = 0;
        foreach (var (delivery, subscription, integrationEvent) in due.Select(x => (x.Delivery, x.Subscription, x.Event)))
        {
            if (!subscription.IsEnabled || failing.Contains(subscription.Id))
                continue;
            var sentAt = clock.GetUtcNow();
            var body = JsonSerializer.Serialize(new EventDto(integrationEvent.Id, integrationEvent.Type, integrationEvent.OccurredAt, integrationEvent.UnitPath,
                integrationEvent.Href, JsonSerializer.Deserialize<JsonElement>(integrationEvent.Payload)), Json);
            var messageId = $"evt_{integrationEvent.Id}";
            var timestamp = sentAt.ToUnixTimeSeconds();
            var signature = WebhookSecrets.SignatureHeader(subscription.SigningSecretsAt(sentAt), messageId, timestamp, body);
            var attempt = await sender.PostAsync(new Uri(subscription.Url), messageId, timestamp, signature, body, ct);
            attempted++;

            var finishedAt = clock.GetUtcNow();
            if (attempt.Accepted)
            {
                delivery.Delivered(finishedAt, attempt.Status!.Value, attempt.Duration);
                subscription.DeliverySucceeded();
            }
            else
            {
                failing.Add(subscription.Id);
                delivery.Failed(finishedAt, attempt.Status, attempt.Duration, attempt.Error!, settings.FirstRetry, settings.MaxRetry, settings.RetryFor);
                if (subscription.DeliveryFailed(finishedAt, settings.DisableAfter) && subscription.OwnerId != Guid.Empty)
                    db.Notifications.Add(Notification.WebhookDisabled(subscription.OwnerId, subscription.Id, finishedAt));
            }
            await db.SaveChangesAsync(ct);
        }
        return attempted;
    }
}
