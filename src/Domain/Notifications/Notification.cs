namespace PapiTracker.Domain.Notifications;

/// <summary>What a notice (thông báo) is about.</summary>
public enum NotificationKind
{
    /// <summary>A period's report is now owed by the user's unit.</summary>
    ObligationOpened,
    DueIn7Days,
    DueIn2Days,
    Overdue,
    ReportReturned,
    ReportApproved,

    /// <summary>A webhook subscription the user owns failed for too long and was disabled.</summary>
    WebhookDisabled,
}

/// <summary>
/// An in-app notice to one user about one of their unit's reports (or a webhook subscription of theirs). Written by the reminder job, at most
/// once per user and <see cref="DedupKey"/> (the database refuses a second), so running the job twice,
/// or on several servers at once, never repeats a notice.
/// </summary>
public sealed class Notification
{
    public const int DedupKeyMaxLength = 100;

    private Notification() { }

    public long Id { get; private set; }
    public Guid UserId { get; private set; }
    public NotificationKind Kind { get; private set; }
    public int? ObligationId { get; private set; }
    public int? WebhookId { get; private set; }
    public string DedupKey { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>Tells the owner that their subscription was disabled (once per disabling).</summary>
    public static Notification WebhookDisabled(Guid ownerId, int webhookId, DateTimeOffset now) => new()
    {
        UserId = ownerId,
        Kind = NotificationKind.WebhookDisabled,
        WebhookId = webhookId,
        DedupKey = $"webhook-disabled:{webhookId}:{now.ToUnixTimeSeconds()}",
        CreatedAt = now,
    };
}
