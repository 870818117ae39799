using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Plans;

namespace PapiTracker.Domain.UnitTests.Plans;

public sealed class PlanTests
{
    private static readonly OrgUnit BacGiang = OrgUnit.CreateProvince("Bắc Giang", null);

    [Test]
    public void ShouldComeIntoForce_WhenIssued_WithItsTextsTrimmed()
    {
        var plan = Issue(2020, 2021, titleVi: "  Kế hoạch PAPI  ");

        plan.Status.ShouldBe(PlanStatus.InForce);
        plan.TitleVi.ShouldBe("Kế hoạch PAPI");
        plan.IssuerVi.ShouldBe("UBND tỉnh");
        plan.BaselineYear.ShouldBe(2020);
        plan.TargetYear.ShouldBe(2021);
        plan.Targets.ShouldBeEmpty();
    }

    [TestCase(2021)]
    [TestCase(2019)]
    public void ShouldRefuseAPlan_WhenTheTargetYearIsNotAfterTheBaseline(int targetYear) =>
        Should.Throw<DomainException>(() => Issue(2021, targetYear)).Text.ShouldBe(Messages.TargetYearAfterBaseline);

    [Test]
    public void ShouldRefuseAPlan_WhenNotIssuedByAProvince()
    {
        var district = OrgUnit.Create(OrgUnitKind.District, null, "Huyện Yên Dũng", null, BacGiang, new DateOnly(2000, 1, 1));

        Should.Throw<DomainException>(() => Plan.Create(district, "PAPI", "Kế hoạch", null, "UBND huyện", null, null, null, 2020, 2021)).Text
            .ShouldBe(Messages.NotAProvince("Huyện Yên Dũng"));
    }

    [TestCase(PlanStatus.InForce, PlanStatus.Draft)]
    [TestCase(PlanStatus.Draft, PlanStatus.InForce)]
    [TestCase(PlanStatus.InForce, PlanStatus.Closed)]
    [TestCase(PlanStatus.Draft, PlanStatus.Closed)]
    public void ShouldMove_WhileNotClosed(PlanStatus from, PlanStatus to)
    {
        var plan = InStatus(from);

        plan.MoveTo(to);

        plan.Status.ShouldBe(to);
    }

    [TestCase(PlanStatus.Draft)]
    [TestCase(PlanStatus.InForce)]
    public void ShouldRefuseToReopen_WhenClosed(PlanStatus to)
    {
        var plan = InStatus(PlanStatus.Closed);

        Should.Throw<DomainException>(() => plan.MoveTo(to)).Text.ShouldBe(Messages.ClosedPlanDoesNotReopen);
        plan.Status.ShouldBe(PlanStatus.Closed);
    }

    [Test]
    public void ShouldStayClosed_WhenClosedAgain()
    {
        var plan = InStatus(PlanStatus.Closed);

        plan.MoveTo(PlanStatus.Closed);

        plan.Status.ShouldBe(PlanStatus.Closed);
    }

    [Test]
    public void ShouldHoldItsTargets_InTheOrderAdded()
    {
        var plan = Issue(2020, 2021);

        var rank = plan.AddTarget(TargetKind.TotalRank, null, 30, "Vào nhóm 30", null);
        var dimension = plan.AddTarget(TargetKind.DimensionScore, "5", 7.2m, null, null);

        plan.Targets.ShouldBe([rank, dimension]);
    }

    [Test]
    public void ShouldAddNoTarget_WhenTheTargetBreaksItsRules()
    {
        var plan = Issue(2020, 2021);

        Should.Throw<DomainException>(() => plan.AddTarget(TargetKind.DimensionScore, null, 7m, null, null));

        plan.Targets.ShouldBeEmpty();
    }

    [Test]
    public void ShouldRefuseATarget_WhenClosed()
    {
        var plan = InStatus(PlanStatus.Closed);

        Should.Throw<DomainException>(() => plan.AddTarget(TargetKind.TotalRank, null, 30, null, null)).Text
            .ShouldBe(Messages.ClosedPlanTakesNoTargets);
        plan.Targets.ShouldBeEmpty();
    }

    private static Plan Issue(int baselineYear, int targetYear, string titleVi = "Kế hoạch PAPI") =>
        Plan.Create(BacGiang, "PAPI", titleVi, null, " UBND tỉnh ", null, "45/KH-UBND", new DateOnly(2021, 3, 1), baselineYear, targetYear);

    private static Plan InStatus(PlanStatus status)
    {
        var plan = Issue(2020, 2021);
        plan.MoveTo(status);
        return plan;
    }
}
