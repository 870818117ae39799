using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Reporting;
using static PapiTracker.Domain.UnitTests.Reporting.Periods;

namespace PapiTracker.Domain.UnitTests.Reporting;

public sealed class ReportObligationTests
{
    private readonly OrgUnit _province = OrgUnit.CreateProvince("Bắc Giang", null).WithId(1);
    private readonly OrgUnit _district = OrgUnit.Create(OrgUnitKind.District, null, "Huyện Yên Dũng", null, null, new DateOnly(2000, 1, 1)).WithId(2);
    private readonly OrgUnit _commune = OrgUnit.Create(OrgUnitKind.Commune, null, "Xã Tân Mỹ", null, null, new DateOnly(2000, 1, 1)).WithId(3);

    [Test]
    public void ShouldOweTheReportToTheRecipient()
    {
        var obligation = ReportObligation.Owe(FirstQuarter2021, _commune, _district);

        obligation.UnitId.ShouldBe(3);
        obligation.RecipientId.ShouldBe(2);
        obligation.ExtendedTo.ShouldBeNull();
    }

    [Test]
    public void ShouldRefuseAnObligation_WhenTheUnitWouldReportToItself() =>
        Should.Throw<DomainException>(() => ReportObligation.Owe(FirstQuarter2021, _commune, _commune)).Text
            .ShouldBe(Messages.UnitReportsToItselfNamed("Xã Tân Mỹ"));

    [Test]
    public void ShouldPassToTheUnitThatTookOver_AndItsNewRecipient()
    {
        var obligation = ReportObligation.Owe(FirstQuarter2021, _commune, _district);
        var mergedCommune = OrgUnit.Create(OrgUnitKind.Commune, null, "Xã Tân Mỹ mới", null, null, new DateOnly(2025, 7, 1)).WithId(4);

        obligation.PassTo(mergedCommune, _province);

        obligation.UnitId.ShouldBe(4);
        obligation.RecipientId.ShouldBe(1);
    }

    [Test]
    public void ShouldRefusePassingTo_AUnitThatWouldReportToItself()
    {
        var obligation = ReportObligation.Owe(FirstQuarter2021, _commune, _district);

        Should.Throw<DomainException>(() => obligation.PassTo(_district, _district)).Text.ShouldBe(Messages.UnitReportsToItselfNamed("Huyện Yên Dũng"));
        obligation.UnitId.ShouldBe(3);
        obligation.RecipientId.ShouldBe(2);
    }

    [Test]
    public void ShouldExtendPastTheDueDay_WithTheReasonTrimmed()
    {
        var obligation = ReportObligation.Owe(FirstQuarter2021, _commune, _district);

        obligation.Extend(FirstQuarter2021, new DateOnly(2021, 3, 21), "  Bão lũ  ", _commune.Path);

        obligation.ExtendedTo.ShouldBe(new DateOnly(2021, 3, 21));
        obligation.ExtensionReason.ShouldBe("Bão lũ");
    }

    [TestCase(20)]
    [TestCase(10)]
    public void ShouldRefuseAnExtension_WhenItEndsOnOrBeforeTheDueDay(int day)
    {
        var obligation = ReportObligation.Owe(FirstQuarter2021, _commune, _district);

        Should.Throw<DomainException>(() => obligation.Extend(FirstQuarter2021, new DateOnly(2021, 3, day), "Bão lũ", _commune.Path)).Text
            .ShouldBe(Messages.ExtensionPastDue);
        obligation.ExtendedTo.ShouldBeNull();
    }

    [TestCase("")]
    [TestCase("   ")]
    public void ShouldRefuseAnExtension_WithoutAReason(string reason)
    {
        var obligation = ReportObligation.Owe(FirstQuarter2021, _commune, _district);
        obligation.Extend(FirstQuarter2021, new DateOnly(2021, 3, 25), "Bão lũ", _commune.Path);

        Should.Throw<DomainException>(() => obligation.Extend(FirstQuarter2021, new DateOnly(2021, 4, 5), reason, _commune.Path)).Text
            .ShouldBe(Messages.ExtensionNeedsReason);
        obligation.ExtendedTo.ShouldBe(new DateOnly(2021, 3, 25), "a refused extension keeps the one before");
        obligation.ExtensionReason.ShouldBe("Bão lũ");
    }

    [Test]
    public void ShouldReplaceAnEarlierExtension_WithTheLaterOne()
    {
        var obligation = ReportObligation.Owe(FirstQuarter2021, _commune, _district);
        obligation.Extend(FirstQuarter2021, new DateOnly(2021, 4, 5), "Bão lũ", _commune.Path);

        obligation.Extend(FirstQuarter2021, new DateOnly(2021, 3, 25), "Rút ngắn", _commune.Path);

        obligation.ExtendedTo.ShouldBe(new DateOnly(2021, 3, 25));
        obligation.ExtensionReason.ShouldBe("Rút ngắn");
    }
}
