using PapiTracker.Domain.Reporting;

namespace PapiTracker.Domain.UnitTests.Reporting;

/// <summary>Periods of a 2021 plan, shared by the reporting tests so their dates are read in one place.</summary>
internal static class Periods
{
    /// <summary>Due 20/3, locked after 31/3.</summary>
    public static readonly ReportingPeriod FirstQuarter2021 = ReportingPeriod.Create(
        1, ReportingPeriodKind.Quarterly, 2021, new DateOnly(2021, 1, 1), new DateOnly(2021, 3, 15), new DateOnly(2021, 3, 20), new DateOnly(2021, 3, 31), null);

    /// <summary>The unit plan, due 15/5, never locked.</summary>
    public static readonly ReportingPeriod UnitPlan2021 = ReportingPeriod.Create(
        1, ReportingPeriodKind.UnitPlan, 2021, new DateOnly(2021, 1, 1), new DateOnly(2021, 5, 15), new DateOnly(2021, 5, 15), null, null);

    /// <summary>Due 30/11, never locked.</summary>
    public static readonly ReportingPeriod Annual2021 = ReportingPeriod.Create(
        1, ReportingPeriodKind.Annual, 2021, new DateOnly(2021, 1, 1), new DateOnly(2021, 11, 15), new DateOnly(2021, 11, 30), null, null);
}
