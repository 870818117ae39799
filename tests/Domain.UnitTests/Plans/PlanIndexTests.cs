using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Plans;

namespace PapiTracker.Domain.UnitTests.Plans;

/// <summary>A plan over several indices: its lead index first, each with its own baseline; targets only on its indices.</summary>
public sealed class PlanIndexTests
{
    private static Plan NewPlan() =>
        Plan.Create(OrgUnit.CreateProvince("Cần Thơ", null), "PAPI", "Kế hoạch 101/KH-UBND", null, "UBND thành phố", null, null, null, 2024, 2030);

    [Test]
    public void ShouldListTheLeadIndexFirst_ThenEachFurtherOneWithItsOwnBaseline()
    {
        var plan = NewPlan();

        plan.AddIndex("PCI", 2023);

        plan.Indices.Select(i => (i.Framework, i.BaselineYear, i.Position)).ShouldBe([("PAPI", 2024, 0), ("PCI", 2023, 1)]);
        plan.IndexOf("PCI")!.BaselineYear.ShouldBe(2023);
        plan.IndexOf("DTI").ShouldBeNull();
    }

    [Test]
    public void ShouldRefuseAnIndexTwice_OrABaselineNotBeforeTheTargetYear()
    {
        var plan = NewPlan();

        Should.Throw<DomainException>(() => plan.AddIndex("PAPI", 2023)).Text.ShouldBe(Messages.PlanIndexTwice("PAPI"));
        Should.Throw<DomainException>(() => plan.AddIndex("PCI", 2030)).Text.ShouldBe(Messages.TargetYearAfterBaseline);
    }

    [Test]
    public void ATarget_ShouldBeOnTheLeadIndexUnlessItNamesAnother_OfThePlans()
    {
        var plan = NewPlan();
        plan.AddIndex("PCI", 2024);

        plan.AddTarget(TargetKind.TotalRank, null, 10, null, null).Framework.ShouldBe("PAPI");
        plan.AddTarget(TargetKind.SubDimensionScore, "land_access", 7.5m, null, null, "PCI").Framework.ShouldBe("PCI");
        Should.Throw<DomainException>(() => plan.AddTarget(TargetKind.TotalScore, null, 70, null, null, "DTI")).Text.ShouldBe(Messages.PlanHasNoIndex("DTI"));
    }

    [TestCase("8.3", "PAPI", "8.3")]
    [TestCase("PCI:land_access", "PCI", "land_access")]
    [TestCase("PAPI:8.3", "PAPI", "8.3")]
    public void AComponentReference_ShouldReadBareAsTheLeadIndexs(string reference, string framework, string code)
    {
        var component = ComponentRef.Parse(reference, "PAPI");

        component.ShouldBe(new ComponentRef(framework, code));
        component.Format("PAPI").ShouldBe(framework == "PAPI" ? code : $"{framework}:{code}");
    }
}
