using PapiTracker.Domain.Events;
using PapiTracker.Domain.Webhooks;

namespace PapiTracker.Application.Webhooks;

/// <summary>A subscription as its manager sees it (never its secret). <c>Enabled</c> is false once it failed for too long.</summary>
public sealed record WebhookDto(
    int Id, string Name, string Url, int? UnitId, IReadOnlyList<IntegrationEventType> EventTypes, bool Enabled, DateTimeOffset CreatedAt,
    DateTimeOffset? DisabledAt, DateTimeOffset? FailingSince, DateTimeOffset? PreviousSecretUntil)
{
    public static WebhookDto From(WebhookSubscription s) =>
        new(s.Id, s.Name, s.Url, s.UnitId, s.EventTypes, s.IsEnabled, s.CreatedAt, s.DisabledAt, s.FailingSince, s.PreviousSecretUntil);
}

/// <summary>One event owed to a subscription and its last attempt; <c>ReplayOf</c> names the delivery a replay repeats.</summary>
public sealed record WebhookDeliveryDto(
    long Id, long EventId, IntegrationEventType EventType, WebhookDeliveryStatus Status, int Attempts, DateTimeOffset CreatedAt,
    DateTimeOffset? LastAttemptAt, DateTimeOffset? NextAttemptAt, int? ResponseStatus, int? DurationMs, string? Error, long? ReplayOf);
