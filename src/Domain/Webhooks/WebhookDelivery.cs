namespace PapiTracker.Domain.Webhooks;

public enum WebhookDeliveryStatus
{
    /// <summary>Not yet accepted by the receiver; sent again at <see cref="WebhookDelivery.NextAttemptAt"/>.</summary>
    Pending,
    Delivered,

    /// <summary>Retried for the whole retry window without a 2xx: given up (a replay can send it again).</summary>
    Failed,
}

/// <summary>
/// One event owed to one subscription, and its log: how many attempts, the last one's response code, duration and
/// error. A replay is a new delivery of the same event, so the log keeps what happened before.
/// </summary>
public sealed class WebhookDelivery
{
    public const int ErrorMaxLength = 500;

    private WebhookDelivery() { }

    public WebhookDelivery(int subscriptionId, long eventId, DateTimeOffset now, long? replayOf = null)
    {
        SubscriptionId = subscriptionId;
        EventId = eventId;
        CreatedAt = now;
        NextAttemptAt = now;
        ReplayOf = replayOf;
    }

    public long Id { get; private set; }
    public int SubscriptionId { get; private set; }
    public long EventId { get; private set; }
    public long? ReplayOf { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public WebhookDeliveryStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset? NextAttemptAt { get; private set; }
    public DateTimeOffset? LastAttemptAt { get; private set; }
    public int? ResponseStatus { get; private set; }
    public int? DurationMs { get; private set; }
    public string? Error { get; private set; }

    public void Delivered(DateTimeOffset at, int responseStatus, TimeSpan duration)
    {
        Record(at, responseStatus, duration, null);
        Status = WebhookDeliveryStatus.Delivered;
        NextAttemptAt = null;
    }

    /// <summary>
    /// A failed attempt: sent again after <paramref name="firstRetry"/> doubled per attempt (at most <paramref name="maxRetry"/>)
    /// while within <paramref name="retryFor"/> of the first try; given up after that.
    /// </summary>
    public void Failed(DateTimeOffset at, int? responseStatus, TimeSpan duration, string error, TimeSpan firstRetry, TimeSpan maxRetry, TimeSpan retryFor)
    {
        Record(at, responseStatus, duration, error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error);
        var wait = TimeSpan.FromTicks(Math.Min(maxRetry.Ticks, firstRetry.Ticks * (1L << Math.Min(Attempts - 1, 30))));
        if (at + wait - CreatedAt > retryFor)
        {
            Status = WebhookDeliveryStatus.Failed;
            NextAttemptAt = null;
        }
        else
        {
            NextAttemptAt = at + wait;
        }
    }

    private void Record(DateTimeOffset at, int? responseStatus, TimeSpan duration, string? error)
    {
        Attempts++;
        LastAttemptAt = at;
        ResponseStatus = responseStatus;
        DurationMs = (int)Math.Min(int.MaxValue, duration.TotalMilliseconds);
        Error = error;
    }
}
