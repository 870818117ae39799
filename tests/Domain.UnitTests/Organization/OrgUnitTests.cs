using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Domain.UnitTests.Organization;

public sealed class OrgUnitTests
{
    private static readonly ILookup<int, string> NoEarlierNames = Array.Empty<(int, string)>().ToLookup(n => n.Item1, n => n.Item2);

    [TestCase("Bắc Giang")]
    [TestCase("bac giang")]
    [TestCase("Bac Giang")]
    public void ShouldKnowItsNameWithOrWithoutDiacritics(string name) =>
        OrgUnit.CreateProvince("Bắc Giang", "Bac Giang").IsNamed(name).ShouldBeTrue();

    [Test]
    public void ShouldNotTakeAnotherProvincesName() =>
        OrgUnit.CreateProvince("Bắc Giang", "Bac Giang").IsNamed("Bắc Ninh").ShouldBeFalse();

    [Test]
    public void ShouldRefuseAProvinceWithoutAName() =>
        Should.Throw<DomainException>(() => OrgUnit.CreateProvince(" ", null));

    [Test]
    public void ShouldFindTheProvinceOfASurveyYear_ByTheOfficialOrThePapiSpelling()
    {
        var hanoi = OrgUnit.Create(OrgUnitKind.Province, "01", "Thành phố Hà Nội", "Ha Noi", null, new DateOnly(2000, 1, 1));
        var hcm = OrgUnit.Create(OrgUnitKind.Province, "79", "Thành phố Hồ Chí Minh", "Ho Chi Minh City", null, new DateOnly(2000, 1, 1));
        OrgUnit[] units = [hanoi, hcm];

        OrgUnit.ProvinceSurveyedAs(units, NoEarlierNames, 2020, "Hà Nội", null).ShouldBe(hanoi);
        OrgUnit.ProvinceSurveyedAs(units, NoEarlierNames, 2020, "TP. Hồ Chí Minh", "Ho Chi Minh City").ShouldBe(hcm);
        OrgUnit.ProvinceSurveyedAs(units, NoEarlierNames, 2020, "xxxx", "Ho Chi Minh City").ShouldBe(hcm, "the English name is enough");
        OrgUnit.ProvinceSurveyedAs(units, NoEarlierNames, 2020, "Hà Nam", null).ShouldBeNull();
    }

    [Test]
    public void ShouldMatchAReusedName_OnlyAmongTheProvincesOfTheYear_PreferringTheOneActiveOn31December()
    {
        var oldBacNinh = OrgUnit.Create(OrgUnitKind.Province, "27", "Bắc Ninh", "Bac Ninh", null, new DateOnly(2000, 1, 1));
        var newBacNinh = OrgUnit.Create(OrgUnitKind.Province, "24", "Bắc Ninh", "Bac Ninh", null, new DateOnly(2025, 7, 1));
        oldBacNinh.MergeInto(newBacNinh, new DateOnly(2025, 7, 1), hasActiveChildren: false);
        OrgUnit[] units = [oldBacNinh, newBacNinh];

        OrgUnit.ProvinceSurveyedAs(units, NoEarlierNames, 2024, "Bắc Ninh", "Bac Ninh").ShouldBe(oldBacNinh);
        OrgUnit.ProvinceSurveyedAs(units, NoEarlierNames, 2025, "Bắc Ninh", "Bac Ninh").ShouldBe(newBacNinh);
        OrgUnit.ProvinceSurveyedAs(units, NoEarlierNames, 2026, "Bac Ninh", null).ShouldBe(newBacNinh);
        OrgUnit.ProvinceSurveyedAs(units, NoEarlierNames, 1999, "Bắc Ninh", null).ShouldBeNull("neither existed");
    }

    [Test]
    public void ShouldNotTakeAUnitOfAnotherKind_ForAProvince() =>
        OrgUnit.ProvinceSurveyedAs([OrgUnit.Create(OrgUnitKind.District, null, "Bắc Giang", null, null, new DateOnly(2000, 1, 1))], NoEarlierNames, 2020, "Bắc Giang", null)
            .ShouldBeNull();
}
