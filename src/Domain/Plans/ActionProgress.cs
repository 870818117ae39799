using PapiTracker.Domain.Auditing;

namespace PapiTracker.Domain.Plans;

/// <summary>
/// One progress report of one unit on one action: when, by whom, the status and percent it gives,
/// what was done. Never changed once written: the log is the history.
/// </summary>
public sealed class ActionProgress : IAudited
{
    public const int NarrativeMaxLength = 4000;

    private string? _unitPath;

    private ActionProgress() { }

    public long Id { get; private set; }
    public int ActionItemId { get; private set; }
    public int UnitId { get; private set; }
    public Guid? AuthorId { get; private set; }
    public int? ApiTokenId { get; private set; }

    /// <summary>Server time of the report, never the client's.</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The day the reported state refers to.</summary>
    public DateOnly ReportedOn { get; private set; }
    public ActionStatus Status { get; private set; }
    public int Percent { get; private set; }
    public string Narrative { get; private set; } = "";

    string? IAudited.AuditUnitPath => _unitPath;

    internal static ActionProgress Create(ActionItem action, Organization.OrgUnit unit, Guid? authorId, int? apiTokenId, DateTimeOffset recordedAt,
        DateOnly reportedOn, ActionStatus status, int percent, string narrative) => new()
    {
        ActionItemId = action.Id,
        _unitPath = unit.Path,
        UnitId = unit.Id,
        AuthorId = authorId,
        ApiTokenId = apiTokenId,
        RecordedAt = recordedAt,
        ReportedOn = reportedOn,
        Status = status,
        Percent = percent,
        Narrative = narrative.Trim(),
    };
}
