using PapiTracker.Domain.Plans;
using PapiTracker.Domain.Reporting;

namespace PapiTracker.Application.Reporting.Queries.GetConsolidatedReport;

/// <summary>
/// A receiving unit's consolidated report (báo cáo tổng hợp) of one period, built from approved reports
/// only, with where every expected report stands and which version of which report each part comes from.
/// </summary>
public sealed record ConsolidatedReport(
    string ProvinceNameVi, string SuperiorBodyVi, string UnitNameVi, DocumentIssue Issue, ReportingPeriodDto Period, DateTimeOffset GeneratedAt, ReportCounts Counts,
    IReadOnlyList<ReporterState> Reporters, IReadOnlyList<DimensionSection> Dimensions, IReadOnlyList<ConsolidatedAction> Actions,
    DateTimeOffset? LevelApprovedAt, string? LevelOverrideReason);

/// <summary>
/// How the document is issued (Decree 30/2020): its number (from the request; left blank for the office to
/// fill in when not given) and the unit's document profile, if it keeps one (else the places stay blank).
/// </summary>
public sealed record DocumentIssue(int? Number, string? Symbol, string? SigningAuthority, string? SignerTitle, string? SignerName, IReadOnlyList<string> Recipients);

/// <summary>An expected report: its state and, once approved, the version used and when it was sent and approved.</summary>
public sealed record ReporterState(
    string UnitNameVi, SubmissionStatus? Status, bool? OnTime, bool Missing, int? SubmissionId, int? Version, DateTimeOffset? SubmittedAt,
    DateTimeOffset? ApprovedAt);

public sealed record DimensionSection(string Code, string NameVi, IReadOnlyList<UnitNarrative> Narratives);

public sealed record UnitNarrative(string UnitNameVi, string Text);

public sealed record ConsolidatedAction(string UnitNameVi, string Code, string TextVi, ActionUnitRole Role, ActionStatus? Status, int? Percent);

/// <summary>Writes a consolidated report as a Word document (.docx) or a workbook (.xlsx).</summary>
public interface IConsolidatedReportWriter
{
    void WriteDocx(ConsolidatedReport report, Stream output);

    void WriteXlsx(ConsolidatedReport report, Stream output);
}
