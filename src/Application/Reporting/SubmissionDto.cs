using System.Text.Json;
using PapiTracker.Application.ActionItems;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Documents;
using PapiTracker.Domain.Plans;
using PapiTracker.Domain.Reporting;

namespace PapiTracker.Application.Reporting;

/// <summary>
/// A report as its unit and its receiver see it. While it can be edited, <c>Actions</c> is read live from
/// the progress log; once submitted it is what was sent (the last version). Before anything is saved,
/// <c>Id</c> and <c>Status</c> are null and the rest is what the unit would report now: its actions and
/// their latest progress, no narrative yet.
/// </summary>
public sealed record SubmissionDto(
    int? Id, int ObligationId, SubmissionStatus? Status, IReadOnlyDictionary<string, string> Narratives, UnitPlanDocument UnitPlan,
    IReadOnlyList<ReportedActionDto> Actions, IReadOnlyList<AttachmentDto> Attachments, DateTimeOffset? SubmittedAt, bool? OnTime,
    string? ReturnReason, DateTimeOffset? ReviewedAt, IReadOnlyList<SubmissionVersionDto> Versions);

/// <summary>Where the unit stands on an action it leads or helps with: its latest progress report up to the period's data cut-off.</summary>
public sealed record ReportedActionDto(
    int ActionId, string Code, string TextVi, string? TextEn, ActionUnitRole Role, long? ProgressId, ActionStatus? Status, int? Percent,
    string? Narrative, DateOnly? ReportedOn, IReadOnlyList<EvidenceDto> Evidence);

/// <summary>
/// A file sent with a report; its bytes are at GET /api/v1/report-attachments/{id}. <c>Signature</c> is the check of a
/// PDF's signatures (null for other types).
/// </summary>
public sealed record AttachmentDto(long Id, string FileName, string ContentType, long SizeBytes, DateTimeOffset UploadedAt, DocumentSignatureDto? Signature)
{
    public static AttachmentDto From(ReportAttachment a, IReadOnlyDictionary<string, DocumentSignatureDto> signatures) =>
        new(a.Id, a.FileName, a.ContentType, a.SizeBytes, a.UploadedAt, signatures.GetValueOrDefault(a.Sha256));
}

/// <summary>A kept version: when it was sent, what the receiver decided, and whether an approval was later reopened (and why).</summary>
public sealed record SubmissionVersionDto(
    int Number, DateTimeOffset SubmittedAt, bool OnTime, SubmissionStatus Decision, string? Reason, DateTimeOffset? ReviewedAt,
    DateTimeOffset? ReopenedAt, string? ReopenReason)
{
    public static SubmissionVersionDto From(SubmissionVersion v) =>
        new(v.Number, v.SubmittedAt, v.OnTime, v.Decision, v.Reason, v.ReviewedAt, v.ReopenedAt, v.ReopenReason);
}

/// <summary>What a version froze: the report as the receiver read it when it was sent.</summary>
public sealed record ReportContent(
    IReadOnlyDictionary<string, string> Narratives, UnitPlanDocument UnitPlan, IReadOnlyList<ReportedActionDto> Actions, IReadOnlyList<AttachmentDto> Attachments)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ReportContent FromJson(string json) => JsonSerializer.Deserialize<ReportContent>(json, Json)!;
}
