using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Reporting;
using static PapiTracker.Domain.UnitTests.Reporting.Periods;

namespace PapiTracker.Domain.UnitTests.Reporting;

public sealed class LevelApprovalTests
{
    private static readonly OrgUnit District = OrgUnit.Create(OrgUnitKind.District, null, "Huyện Yên Dũng", null, null, new DateOnly(2000, 1, 1));
    private static readonly DateTimeOffset Now = new(2021, 12, 5, 9, 0, 0, TimeSpan.FromHours(7));

    [Test]
    public void ShouldSignOffALevel_WhenEveryReportIsApproved_KeepingNoReason()
    {
        var approval = LevelApproval.Approve(Annual2021, District, notApproved: 0, overrideReason: "không cần", Now, Guid.NewGuid());

        approval.NotApproved.ShouldBe(0);
        approval.OverrideReason.ShouldBeNull();
    }

    [TestCase(null)]
    [TestCase("  ")]
    public void ShouldRefuseSigningOff_WhenReportsAreOpen_WithoutAReason(string? reason) =>
        Should.Throw<DomainException>(() => LevelApproval.Approve(Annual2021, District, notApproved: 2, reason, Now, Guid.NewGuid())).Text
            .ShouldBe(Messages.LevelNotApproved(2, "Huyện Yên Dũng"));

    [Test]
    public void ShouldSignOffAnyway_WhenReportsAreOpen_WithTheReasonTrimmedAndTheCountKept()
    {
        var approval = LevelApproval.Approve(Annual2021, District, notApproved: 2, " Hai xã đang sáp nhập ", Now, Guid.NewGuid());

        approval.NotApproved.ShouldBe(2);
        approval.OverrideReason.ShouldBe("Hai xã đang sáp nhập");
    }
}
