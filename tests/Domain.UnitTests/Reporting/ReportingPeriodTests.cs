using PapiTracker.Domain.Common;
using PapiTracker.Domain.Reporting;

namespace PapiTracker.Domain.UnitTests.Reporting;

public sealed class ReportingPeriodTests
{
    private static readonly ReportingPeriod FirstQuarter2021 = ReportingPeriod.Create(
        1, ReportingPeriodKind.Quarterly, 2021, new DateOnly(2021, 1, 1), new DateOnly(2021, 3, 15), new DateOnly(2021, 3, 20), new DateOnly(2021, 3, 31), new DateOnly(2021, 3, 15));

    [Test]
    public void ShouldEndTheDueDayAtMidnightInVietnam_WhateverTheServersZone()
    {
        // 20/3 ends at 24:00 in Hà Nội (UTC+7), which is 17:00 UTC.
        VietnamTime.EndOfDay(new DateOnly(2021, 3, 20)).ShouldBe(new DateTimeOffset(2021, 3, 20, 17, 0, 0, TimeSpan.Zero).AddTicks(-1));
    }

    [Test]
    public void ShouldCountAReportOnTime_UntilTheLastMomentOfTheDueDay()
    {
        var lastMinute = new DateTimeOffset(2021, 3, 20, 23, 59, 59, TimeSpan.FromHours(7));
        var nextMorning = new DateTimeOffset(2021, 3, 21, 0, 0, 1, TimeSpan.FromHours(7));

        FirstQuarter2021.IsOnTime(lastMinute, extendedTo: null).ShouldBeTrue();
        FirstQuarter2021.IsOnTime(nextMorning, extendedTo: null).ShouldBeFalse();
        FirstQuarter2021.IsOnTime(nextMorning, extendedTo: new DateOnly(2021, 3, 25)).ShouldBeTrue();
    }

    [Test]
    public void ShouldLockAfterTheLockDay_UnlessAnExtensionRunsLater()
    {
        var afterLock = new DateTimeOffset(2021, 4, 1, 8, 0, 0, TimeSpan.FromHours(7));

        FirstQuarter2021.IsLockedAt(afterLock, extendedTo: null).ShouldBeTrue();
        FirstQuarter2021.IsLockedAt(afterLock, extendedTo: new DateOnly(2021, 4, 5)).ShouldBeFalse();
    }

    [Test]
    public void ShouldRefuseALockBeforeTheDueDay() =>
        Should.Throw<DomainException>(() => ReportingPeriod.Create(
            1, ReportingPeriodKind.Annual, 2021, new DateOnly(2021, 1, 1), new DateOnly(2021, 11, 15), new DateOnly(2021, 11, 30), new DateOnly(2021, 11, 1), null));
}
