using PapiTracker.Domain.Common;
using PapiTracker.Domain.Reporting;

namespace PapiTracker.Application.Reporting;

public sealed record ReportingPeriodDto(
    int Id, int PlanId, ReportingPeriodKind Kind, int Year, DateOnly CoverageFrom, DateOnly CoverageTo, DateOnly DueOn, DateOnly? LockOn,
    DateOnly? DataCutOff, DateTimeOffset DueAt)
{
    public static ReportingPeriodDto From(ReportingPeriod p) =>
        new(p.Id, p.PlanId, p.Kind, p.Year, p.CoverageFrom, p.CoverageTo, p.DueOn, p.LockOn, p.DataCutOff, VietnamTime.EndOfDay(p.DueOn));
}

/// <summary>Who owes whom a period's report; <c>DueOn</c> is the unit's own deadline, its extension if it has one.</summary>
public sealed record ObligationDto(
    int Id, int PeriodId, int UnitId, string UnitNameVi, int RecipientId, string RecipientNameVi, DateOnly DueOn, DateOnly? ExtendedTo, string? ExtensionReason);

/// <summary>A receiving unit's sign-off of its level of a period (duyệt tổng hợp), and how many reports were still open then.</summary>
public sealed record LevelApprovalDto(int PeriodId, int UnitId, DateTimeOffset ApprovedAt, int NotApproved, string? OverrideReason)
{
    public static LevelApprovalDto From(LevelApproval a) => new(a.PeriodId, a.UnitId, a.ApprovedAt, a.NotApproved, a.OverrideReason);
}
