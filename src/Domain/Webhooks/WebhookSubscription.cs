using PapiTracker.Domain.Events;

namespace PapiTracker.Domain.Webhooks;

/// <summary>
/// Another system's endpoint that hears of the events of one unit's subtree (and the national ones), pushed as signed
/// POSTs. Its cursor is the last event of the log it has taken deliveries for, so what is owed survives a restart. The
/// secret signs; it is kept readable because signing needs it, and shown once. A rotated secret keeps signing beside the
/// new one until <see cref="PreviousSecretUntil"/>, so the receiver can switch without missing a message.
/// </summary>
/// <remarks>Not audited: its cursor moves with every round. Who subscribed is in its <see cref="OwnerId"/>.</remarks>
public sealed class WebhookSubscription
{
    public const int NameMaxLength = 100;
    public const int UrlMaxLength = 500;
    public const int SecretMaxLength = 60;
    public const string SecretPrefix = "whsec_";

    private WebhookSubscription() { }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Url { get; private set; } = "";

    /// <summary>The subtree whose events it hears; null = every unit (only who may act everywhere can ask for that).</summary>
    public int? UnitId { get; private set; }

    /// <summary>The event types it wants; empty = all.</summary>
    public List<IntegrationEventType> EventTypes { get; private set; } = [];
    public string Secret { get; private set; } = "";
    public string? PreviousSecret { get; private set; }
    public DateTimeOffset? PreviousSecretUntil { get; private set; }

    /// <summary>The person told when it is disabled (for a token, the admin who issued the token).</summary>
    public Guid OwnerId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? DisabledAt { get; private set; }

    /// <summary>When the deliveries began failing without a success since; null while they succeed.</summary>
    public DateTimeOffset? FailingSince { get; private set; }

    /// <summary>The last event (transaction, id) of the log it has taken deliveries for (ADR 0012's order).</summary>
    public long CursorTransactionId { get; private set; }
    public long CursorEventId { get; private set; }

    /// <param name="cursor">The last event already in the log: a new subscription hears what happens from now on.</param>
    public static WebhookSubscription Subscribe(string name, Uri url, int? unitId, IEnumerable<IntegrationEventType> eventTypes,
        string secret, Guid ownerId, DateTimeOffset now, (long TransactionId, long EventId) cursor) => new()
    {
        Name = name.Trim(),
        Url = url.AbsoluteUri,
        UnitId = unitId,
        EventTypes = eventTypes.Distinct().Order().ToList(),
        Secret = secret,
        OwnerId = ownerId,
        CreatedAt = now,
        CursorTransactionId = cursor.TransactionId,
        CursorEventId = cursor.EventId,
    };

    public bool IsEnabled => DisabledAt is null;

    public bool Wants(IntegrationEventType type) => EventTypes.Count == 0 || EventTypes.Contains(type);

    /// <summary>The secrets that sign a message sent now: the current one, and the previous one during its overlap.</summary>
    public IReadOnlyList<string> SigningSecretsAt(DateTimeOffset now) =>
        PreviousSecret is { } previous && now < PreviousSecretUntil ? [Secret, previous] : [Secret];

    /// <summary>A new secret signs from now on; the current one keeps signing beside it for <paramref name="overlap"/>.</summary>
    public void RotateSecret(string secret, DateTimeOffset now, TimeSpan overlap)
    {
        PreviousSecret = Secret;
        PreviousSecretUntil = now + overlap;
        Secret = secret;
    }

    /// <summary>Deliveries have been taken for every event up to this one.</summary>
    public void MoveCursor(long transactionId, long eventId)
    {
        CursorTransactionId = transactionId;
        CursorEventId = eventId;
    }

    public void DeliverySucceeded() => FailingSince = null;

    /// <summary>Notes a failed attempt; true when the subscription has failed for <paramref name="disableAfter"/> and is now disabled.</summary>
    public bool DeliveryFailed(DateTimeOffset now, TimeSpan disableAfter)
    {
        FailingSince ??= now;
        if (DisabledAt is not null || now - FailingSince < disableAfter)
            return false;
        DisabledAt = now;
        return true;
    }
}
