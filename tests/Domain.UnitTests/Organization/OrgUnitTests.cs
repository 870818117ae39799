using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Domain.UnitTests.Organization;

public sealed class OrgUnitTests
{
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
}
