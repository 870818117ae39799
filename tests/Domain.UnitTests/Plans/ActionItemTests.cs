using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Plans;

namespace PapiTracker.Domain.UnitTests.Plans;

public sealed class ActionItemTests
{
    private static readonly Plan Plan = Plan.Create(OrgUnit.CreateProvince("Bắc Giang", null), "PAPI", "Kế hoạch PAPI", null, "UBND tỉnh", null, null, null, 2020, 2021);

    [Test]
    public void ShouldBeSearchableByCodeAndBothTexts_WithoutAccents()
    {
        var action = ActionItem.Create(Plan, "D1.a", ActionKind.Action, ["1"], ["1.1"], "Nâng cao Chỉ số dân chủ", "Raise the Index", null, null, recurring: true);

        action.SearchKey.ShouldBe("d1 a | nang cao chi so dan chu | raise the index");
    }

    [Test]
    public void ShouldFollowItsTexts_WhenRevised()
    {
        var action = ActionItem.Create(Plan, "D7.c", ActionKind.Action, ["7"], ["7.3"], "Nước sạch", "Clean water", null, null, recurring: true);

        action.Revise("Đường giao thông nông thôn", null, null, null, recurring: true, ReviewCadence.Quarterly);

        action.SearchKey.ShouldBe("d7 c | duong giao thong nong thon");
    }
}
