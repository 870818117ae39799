namespace PapiTracker.Domain.Auditing;

/// <summary>Marks an entity whose every change is written to the audit trail (nhật ký) in the same transaction.</summary>
public interface IAudited
{
    /// <summary>Path of the org unit the entity belongs to, so its trail is visible to that subtree; null = admins only.</summary>
    string? AuditUnitPath { get; }
}
