namespace PapiTracker.Domain.Events;

/// <summary>What happened, as integrations name it (the <c>type</c> of the event feed and of webhooks).</summary>
public enum IntegrationEventType
{
    ReportSubmitted,
    ReportReturned,
    ReportApproved,
    ReportReopened,
    LevelSignedOff,
    ActionProgressRecorded,
    ActionStatusChanged,
    ScoreReleaseImported,
    UnitsRestructured,

    /// <summary>A reporting period closed to new reports: its lock day ended (written by a scheduled round, not a request).</summary>
    PeriodLocked,
}

/// <summary>
/// One entry of the event log (and the outbox webhooks will deliver from), written in the same transaction as
/// the change it tells of. <see cref="TransactionId"/> is the writing transaction's id (PostgreSQL xid8): the
/// feed hands out an event only once every transaction that could still write an event before it has ended
/// (ADR 0012). Never updated or deleted.
/// </summary>
public sealed class IntegrationEvent
{
    public const int HrefMaxLength = 200;

    private IntegrationEvent() { }

    public IntegrationEvent(IntegrationEventType type, DateTimeOffset occurredAt, string? unitPath, string href, string payloadJson)
    {
        Type = type;
        OccurredAt = occurredAt;
        UnitPath = unitPath;
        Href = href;
        Payload = payloadJson;
    }

    /// <summary>Order within a transaction (a bigserial: not commit order by itself).</summary>
    public long Id { get; private set; }

    /// <summary>The writing transaction, set by the database (<c>pg_current_xact_id()</c>).</summary>
    public long TransactionId { get; private set; }
    public IntegrationEventType Type { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The org unit the event belongs to, so the feed is scoped like the reads; null = national (score releases).</summary>
    public string? UnitPath { get; private set; }

    /// <summary>The resource the event is about, as an API path.</summary>
    public string Href { get; private set; } = "";

    /// <summary>Small, stable JSON: the ids an integration needs to act on the event.</summary>
    public string Payload { get; private set; } = "{}";
}
