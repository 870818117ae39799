using PapiTracker.Application.Reporting.Commands.GenerateReportingPeriods;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Reporting;

namespace PapiTracker.Application.UnitTests;

public sealed class ReportingScheduleValidatorTests
{
    private static readonly ScheduleEntry Quarter = new(ReportingPeriodKind.Quarterly, 3, 20, 3, 15);

    [Test]
    public void ShouldAcceptThePlansOwnSchedule()
    {
        new GenerateReportingPeriodsCommandValidator()
            .FieldErrors(new GenerateReportingPeriodsCommand(1, [2025, 2026], [Quarter]))
            .ShouldBeEmpty();
    }

    [Test]
    public void ShouldRefuseADayThatIsNotInTheYear()
    {
        var errors = new ScheduleEntryValidator().FieldErrors(Quarter with { DueMonth = 2, DueDay = 30 });

        errors.ShouldBe(new Dictionary<string, string> { ["DueDay"] = Messages.NotADayOfTheYear.Current });
    }

    [Test]
    public void ShouldRefuseTheUnitPlanAsARecurringKind()
    {
        new ScheduleEntryValidator().FieldErrors(Quarter with { Kind = ReportingPeriodKind.UnitPlan })
            .ShouldBe(new Dictionary<string, string> { ["Kind"] = Messages.UnitPlanIsOneOff.Current });
    }

    [Test]
    public void ShouldRefuseAYearOutsideTheRangeAndAKindScheduledTwice()
    {
        var errors = new GenerateReportingPeriodsCommandValidator()
            .FieldErrors(new GenerateReportingPeriodsCommand(1, [1999], [Quarter, Quarter with { DueMonth = 6 }]));

        errors.Keys.Order().ShouldBe(["Schedule", "Years[0]"]);
        errors["Schedule"].ShouldBe(Messages.ScheduleKindTwice.Current);
    }
}
