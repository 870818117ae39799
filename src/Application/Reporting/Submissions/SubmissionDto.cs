using PapiTracker.Domain.Reporting;

namespace PapiTracker.Application.Reporting.Submissions;

public sealed record SubmissionDto(
    int Id, int ObligationId, SubmissionStatus Status, IReadOnlyDictionary<string, string> Narratives, DateTimeOffset? SubmittedAt, bool? OnTime,
    string? ReturnReason, DateTimeOffset? ReviewedAt)
{
    public static SubmissionDto From(ReportSubmission s) =>
        new(s.Id, s.ObligationId, s.Status, s.NarrativesByDimension, s.SubmittedAt, s.OnTime, s.ReturnReason, s.ReviewedAt);
}
