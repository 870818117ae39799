namespace PapiTracker.Domain.Auditing;

public enum AuditAction
{
    Created,
    Updated,
    Deleted,

    /// <summary>Rows read out in bulk (an export): <c>EntityType</c> is "Export", <c>EntityId</c> the kind, <c>Changes</c> the filters.</summary>
    Exported,

    /// <summary>A write that was refused: its <c>Changes</c> say why (status and reason); nothing else was written.</summary>
    Refused,
}

/// <summary>
/// Who changed what, when, with each changed field's value before and after (nhật ký). Written with
/// the change itself; never updated or deleted.
/// </summary>
public sealed class AuditEntry
{
    public const int EntityTypeMaxLength = 100;
    public const int EntityIdMaxLength = 64;

    private AuditEntry() { }

    public AuditEntry(DateTimeOffset at, Guid? userId, int? apiTokenId, string entityType, string entityId, AuditAction action, string changesJson, string? unitPath)
    {
        At = at;
        UserId = userId;
        ApiTokenId = apiTokenId;
        EntityType = entityType;
        EntityId = entityId;
        Action = action;
        Changes = changesJson;
        UnitPath = unitPath;
    }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid? UserId { get; private set; }
    public int? ApiTokenId { get; private set; }
    public string EntityType { get; private set; } = "";
    public string EntityId { get; private set; } = "";
    public AuditAction Action { get; private set; }

    /// <summary>JSON object: field → { before, after }.</summary>
    public string Changes { get; private set; } = "{}";

    /// <summary>The org unit the changed entity belongs to, so the trail can be scoped like everything else; null = system-wide.</summary>
    public string? UnitPath { get; private set; }
}
