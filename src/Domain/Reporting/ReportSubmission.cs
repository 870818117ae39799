using System.Text.Json;
using PapiTracker.Domain.Auditing;
using PapiTracker.Domain.Common;

namespace PapiTracker.Domain.Reporting;

/// <summary>Draft → submitted → returned (with a reason) → resubmitted → approved (locked).</summary>
public enum SubmissionStatus
{
    Draft,
    Submitted,
    Returned,
    Approved,
}

/// <summary>
/// A unit's report (báo cáo) for one obligation: a narrative per PAPI dimension, and where it stands
/// in review. Times are the server's; on time (đúng hạn) is decided when it is submitted.
/// </summary>
public sealed class ReportSubmission : IAudited
{
    public const int NarrativeMaxLength = 8000;
    public const int ReasonMaxLength = 2000;

    private string? _unitPath;

    private ReportSubmission() { }

    public int Id { get; private set; }
    public int ObligationId { get; private set; }
    public SubmissionStatus Status { get; private set; }

    /// <summary>Narratives by dimension code, as JSON (the dimension set depends on the framework version).</summary>
    public string Narratives { get; private set; } = "{}";
    public DateTimeOffset? SubmittedAt { get; private set; }
    public Guid? SubmittedBy { get; private set; }

    /// <summary>Against the due day or the unit's extension, at the last submission.</summary>
    public bool? OnTime { get; private set; }
    public string? ReturnReason { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public Guid? ReviewedBy { get; private set; }
    public uint Version { get; private set; }

    string? IAudited.AuditUnitPath => _unitPath;

    public static ReportSubmission Draft(ReportObligation obligation, string unitPath, IReadOnlyDictionary<string, string> narratives)
    {
        var submission = new ReportSubmission { ObligationId = obligation.Id, Status = SubmissionStatus.Draft, _unitPath = unitPath };
        submission.Write(narratives, unitPath);
        return submission;
    }

    public IReadOnlyDictionary<string, string> NarrativesByDimension =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(Narratives) ?? [];

    /// <summary>Drafts and returned reports can be edited; submitted and approved ones cannot.</summary>
    public void Write(IReadOnlyDictionary<string, string> narratives, string unitPath)
    {
        if (Status is SubmissionStatus.Submitted or SubmissionStatus.Approved)
            throw new DomainException($"A {Status.ToString().ToLowerInvariant()} report cannot be edited.");
        if (narratives.Values.Any(n => n.Length > NarrativeMaxLength))
            throw new DomainException($"A narrative is longer than {NarrativeMaxLength} characters.");
        Narratives = JsonSerializer.Serialize(narratives);
        _unitPath = unitPath;
    }

    public void Submit(ReportingPeriod period, ReportObligation obligation, DateTimeOffset now, Guid? by)
    {
        if (Status is SubmissionStatus.Submitted or SubmissionStatus.Approved)
            throw new DomainException("The report has already been submitted.");
        if (period.IsLockedAt(now, obligation.ExtendedTo))
            throw new DomainException("The period is locked: ask the receiving unit for an extension.");
        Status = SubmissionStatus.Submitted;
        SubmittedAt = now;
        SubmittedBy = by;
        OnTime = period.IsOnTime(now, obligation.ExtendedTo);
        ReturnReason = null;
    }

    public void Return(string reason, DateTimeOffset now, Guid? by)
    {
        if (Status != SubmissionStatus.Submitted)
            throw new DomainException("Only a submitted report can be returned.");
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException("A returned report needs a reason.");
        Status = SubmissionStatus.Returned;
        ReturnReason = reason.Trim();
        ReviewedAt = now;
        ReviewedBy = by;
    }

    public void Approve(DateTimeOffset now, Guid? by)
    {
        if (Status != SubmissionStatus.Submitted)
            throw new DomainException("Only a submitted report can be approved.");
        Status = SubmissionStatus.Approved;
        ReviewedAt = now;
        ReviewedBy = by;
    }
}
