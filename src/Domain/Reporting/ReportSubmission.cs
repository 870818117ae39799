using System.Text.Json;
using PapiTracker.Domain.Auditing;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Events;

namespace PapiTracker.Domain.Reporting;

/// <summary>Draft → submitted → returned (with a reason) → resubmitted → approved (locked until the approver reopens it).</summary>
public enum SubmissionStatus
{
    Draft,
    Submitted,
    Returned,
    Approved,
}

/// <summary>The unit's own implementation plan (kế hoạch triển khai), for the one-off unit-plan period: its number, date and document.</summary>
public sealed record UnitPlanDocument(string? Number, DateOnly? IssuedOn, long? DocumentId, IReadOnlyList<int> CommittedActionIds);

/// <summary>
/// A unit's report (báo cáo) for one obligation: a narrative per PAPI dimension, attachments, for the
/// unit-plan kind its plan document, and where it stands in review. Each submission freezes what was
/// sent as a numbered version, so a returned report keeps every version. Times are the server's.
/// </summary>
public sealed class ReportSubmission : IAudited, IRaisesEvents
{
    public const int NarrativeMaxLength = 8000;
    public const int ReasonMaxLength = 2000;
    public const int DocumentNumberMaxLength = 50;

    private readonly List<SubmissionVersion> _versions = [];
    private readonly RaisedEvents _events = new();
    private string? _unitPath;

    private ReportSubmission() { }

    public int Id { get; private set; }
    public int ObligationId { get; private set; }
    public SubmissionStatus Status { get; private set; }

    /// <summary>Narratives by dimension code, as JSON (the dimension set depends on the framework version).</summary>
    public string Narratives { get; private set; } = "{}";
    public string? UnitPlanNumber { get; private set; }
    public DateOnly? UnitPlanIssuedOn { get; private set; }

    /// <summary>The attachment that is the signed plan document.</summary>
    public long? UnitPlanDocumentId { get; private set; }
    public List<int> CommittedActionIds { get; private set; } = [];
    public DateTimeOffset? SubmittedAt { get; private set; }
    public Guid? SubmittedBy { get; private set; }

    /// <summary>Against the due day or the unit's extension, at the last submission.</summary>
    public bool? OnTime { get; private set; }
    public string? ReturnReason { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public Guid? ReviewedBy { get; private set; }
    public uint Version { get; private set; }
    public IReadOnlyList<SubmissionVersion> Versions => _versions;

    string? IAudited.AuditUnitPath => _unitPath;

    RaisedEvents IRaisesEvents.Events => _events;

    public static ReportSubmission Draft(ReportObligation obligation, string unitPath, IReadOnlyDictionary<string, string> narratives, UnitPlanDocument? unitPlan = null)
    {
        var submission = new ReportSubmission { ObligationId = obligation.Id, Status = SubmissionStatus.Draft, _unitPath = unitPath };
        submission.Write(narratives, unitPlan, unitPath);
        return submission;
    }

    public IReadOnlyDictionary<string, string> NarrativesByDimension =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(Narratives) ?? [];

    public UnitPlanDocument UnitPlan => new(UnitPlanNumber, UnitPlanIssuedOn, UnitPlanDocumentId, CommittedActionIds);

    public bool IsEditable => Status is SubmissionStatus.Draft or SubmissionStatus.Returned;

    /// <summary>Drafts and returned reports can be edited; submitted and approved ones cannot.</summary>
    public void Write(IReadOnlyDictionary<string, string> narratives, UnitPlanDocument? unitPlan, string unitPath)
    {
        EnsureEditable();
        if (narratives.Values.Any(n => n.Length > NarrativeMaxLength))
            throw new DomainException(Messages.NarrativeTooLong(NarrativeMaxLength));
        Narratives = JsonSerializer.Serialize(narratives);
        UnitPlanNumber = unitPlan?.Number?.Trim();
        UnitPlanIssuedOn = unitPlan?.IssuedOn;
        UnitPlanDocumentId = unitPlan?.DocumentId;
        CommittedActionIds = unitPlan?.CommittedActionIds.Distinct().Order().ToList() ?? [];
        _unitPath = unitPath;
    }

    public void EnsureEditable()
    {
        if (!IsEditable)
            throw new DomainException(Messages.ReportCannotChange(Status.ToString()));
    }

    /// <summary>Sends the report up and freezes <paramref name="content"/> (what the receiver will read) as the next version.</summary>
    public void Submit(ReportingPeriod period, ReportObligation obligation, string content, DateTimeOffset now, Guid? by, string unitPath)
    {
        if (Status is SubmissionStatus.Submitted or SubmissionStatus.Approved)
            throw new DomainException(Messages.AlreadySubmitted);
        if (period.IsLockedAt(now, obligation.ExtendedTo))
            throw new DomainException(Messages.PeriodLocked);
        if (period.Kind == ReportingPeriodKind.UnitPlan && (UnitPlanNumber is null or "" || UnitPlanIssuedOn is null || UnitPlanDocumentId is null))
            throw new DomainException(Messages.UnitPlanNeedsDocument);
        Status = SubmissionStatus.Submitted;
        SubmittedAt = now;
        SubmittedBy = by;
        OnTime = period.IsOnTime(now, obligation.ExtendedTo);
        ReturnReason = null;
        _versions.Add(new SubmissionVersion(_versions.Count + 1, content, now, by, OnTime.Value));
        Happened(IntegrationEventType.ReportSubmitted, unitPath);
    }

    public void Return(string reason, DateTimeOffset now, Guid? by, string unitPath)
    {
        if (Status != SubmissionStatus.Submitted)
            throw new DomainException(Messages.OnlySubmittedReturned);
        var why = RequireReason(reason, Messages.ReturnNeedsReason);
        Review(SubmissionStatus.Returned, why, now, by);
        LatestVersion?.Reviewed(SubmissionStatus.Returned, why, now, by);
        Happened(IntegrationEventType.ReportReturned, unitPath);
    }

    public void Approve(DateTimeOffset now, Guid? by, string unitPath)
    {
        if (Status != SubmissionStatus.Submitted)
            throw new DomainException(Messages.OnlySubmittedApproved);
        Review(SubmissionStatus.Approved, null, now, by);
        LatestVersion?.Reviewed(SubmissionStatus.Approved, null, now, by);
        Happened(IntegrationEventType.ReportApproved, unitPath);
    }

    /// <summary>The approver opens an approved report again for changes; it goes back to its unit as returned.</summary>
    public void Reopen(string reason, DateTimeOffset now, Guid? by, string unitPath)
    {
        if (Status != SubmissionStatus.Approved)
            throw new DomainException(Messages.OnlyApprovedReopened);
        var why = RequireReason(reason, Messages.ReopenNeedsReason);
        Review(SubmissionStatus.Returned, why, now, by);
        LatestVersion?.Reopened(why, now, by);
        Happened(IntegrationEventType.ReportReopened, unitPath);
    }

    /// <summary>The receiver's decision on the report as a whole; each caller also says what it means for the version sent.</summary>
    private void Review(SubmissionStatus status, string? reason, DateTimeOffset now, Guid? by)
    {
        Status = status;
        ReturnReason = reason;
        ReviewedAt = now;
        ReviewedBy = by;
    }

    /// <summary>
    /// Raises the event for a move through review. The reporting unit's path comes with every verb (it is not stored on
    /// the submission), so the event and the audit entry are scoped to the unit that owes the report.
    /// </summary>
    private void Happened(IntegrationEventType type, string unitPath)
    {
        _unitPath = unitPath;
        _events.Raise(new ReportStatusChanged(type, this, unitPath));
    }

    private SubmissionVersion? LatestVersion => _versions.MaxBy(v => v.Number);

    private static string RequireReason(string reason, Text message) =>
        string.IsNullOrWhiteSpace(reason) ? throw new DomainException(message) : reason.Trim();
}

/// <summary>What a unit sent at one submission, frozen, and what the receiver decided on it.</summary>
public sealed class SubmissionVersion
{
    private SubmissionVersion() { }

    internal SubmissionVersion(int number, string content, DateTimeOffset submittedAt, Guid? submittedBy, bool onTime)
    {
        Number = number;
        Content = content;
        SubmittedAt = submittedAt;
        SubmittedBy = submittedBy;
        OnTime = onTime;
    }

    public long Id { get; private set; }
    public int SubmissionId { get; private set; }
    public int Number { get; private set; }

    /// <summary>The report as sent (JSON): narratives, each action's status from the progress log, attachments, the unit plan.</summary>
    public string Content { get; private set; } = "{}";
    public DateTimeOffset SubmittedAt { get; private set; }
    public Guid? SubmittedBy { get; private set; }
    public bool OnTime { get; private set; }

    /// <summary>Returned, approved, or (while waiting) submitted; an approval stays one when it is later reopened.</summary>
    public SubmissionStatus Decision { get; private set; } = SubmissionStatus.Submitted;
    public string? Reason { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public Guid? ReviewedBy { get; private set; }

    /// <summary>When the approver opened this approved version again (mở lại), and why: the history keeps both.</summary>
    public DateTimeOffset? ReopenedAt { get; private set; }
    public string? ReopenReason { get; private set; }
    public Guid? ReopenedBy { get; private set; }

    internal void Reviewed(SubmissionStatus decision, string? reason, DateTimeOffset at, Guid? by)
    {
        Decision = decision;
        Reason = reason;
        ReviewedAt = at;
        ReviewedBy = by;
    }

    internal void Reopened(string reason, DateTimeOffset at, Guid? by)
    {
        ReopenedAt = at;
        ReopenReason = reason;
        ReopenedBy = by;
    }
}
