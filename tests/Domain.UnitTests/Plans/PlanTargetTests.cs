using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Plans;

namespace PapiTracker.Domain.UnitTests.Plans;

public sealed class PlanTargetTests
{
    private static readonly Plan Plan = Plan.Create(OrgUnit.CreateProvince("Bắc Giang", null), "PAPI", "Kế hoạch PAPI", null, "UBND tỉnh", null, null, null, 2020, 2021);

    [TestCase(29, true)]
    [TestCase(30, true)]
    [TestCase(31, false)]
    public void ShouldBeMetByARank_AtOrBelowTheTarget(int achievedRank, bool met)
    {
        var target = Plan.AddTarget(TargetKind.TotalRank, null, 30, null, null);

        target.LowerIsBetter.ShouldBeTrue();
        target.IsMetBy(achievedRank).ShouldBe(met);
    }

    [TestCase(TargetKind.TotalScore, null, "45.01", true)]
    [TestCase(TargetKind.TotalScore, null, "45", true)]
    [TestCase(TargetKind.TotalScore, null, "44.99", false)]
    [TestCase(TargetKind.DimensionScore, "5", "45.5", true)]
    [TestCase(TargetKind.SubDimensionScore, "8.3", "44", false)]
    public void ShouldBeMetByAScore_AtOrAboveTheTarget(TargetKind kind, string? code, string achieved, bool met)
    {
        var target = Plan.AddTarget(kind, code, 45m, null, null);

        target.LowerIsBetter.ShouldBeFalse();
        target.IsMetBy(decimal.Parse(achieved, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(met);
    }

    [TestCase(TargetKind.TotalRank)]
    [TestCase(TargetKind.TotalScore)]
    public void ShouldBeNeitherMetNorMissed_WithoutAnAchievedValue(TargetKind kind) =>
        Plan.AddTarget(kind, null, 30, null, null).IsMetBy(null).ShouldBeNull();

    [TestCase(TargetKind.DimensionScore)]
    [TestCase(TargetKind.SubDimensionScore)]
    public void ShouldRefuseADimensionTarget_WithoutItsCode(TargetKind kind) =>
        Should.Throw<DomainException>(() => Plan.AddTarget(kind, null, 7m, null, null)).Text.ShouldBe(Messages.TargetNeedsCode(kind.ToString()));

    [TestCase(TargetKind.TotalRank)]
    [TestCase(TargetKind.TotalScore)]
    public void ShouldRefuseATotalTarget_WithACode(TargetKind kind) =>
        Should.Throw<DomainException>(() => Plan.AddTarget(kind, "5", 30, null, null)).Text.ShouldBe(Messages.TargetOnTotal(kind.ToString()));

    [TestCase("0")]
    [TestCase("-3")]
    [TestCase("12.5")]
    public void ShouldRefuseARankTarget_WhenNotAWholeNumberFromOne(string rank) =>
        Should.Throw<DomainException>(() => Plan.AddTarget(TargetKind.TotalRank, null, decimal.Parse(rank, System.Globalization.CultureInfo.InvariantCulture), null, null)).Text
            .ShouldBe(Messages.RankTargetWholeNumber);

    [Test]
    public void ShouldAcceptTheFirstRank() =>
        Plan.AddTarget(TargetKind.TotalRank, null, 1, null, null).Value.ShouldBe(1);
}
