using System.Text.RegularExpressions;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Domain.UnitTests.Organization;

public sealed class DocumentProfileTests
{
    [Test]
    public void ShouldKeepWhatTheCoordinatorGaveTrimmed_AndNoAuthorityWhenTheHeadSigns()
    {
        var unit = OrgUnit.CreateProvince("Bắc Giang", null);
        var profile = new DocumentProfile(unit);

        profile.Keep(unit, " BC-SNV ", "  ", " GIÁM ĐỐC", "Nguyễn Văn An ", [" UBND tỉnh ", "Các sở, ban, ngành"]);

        (profile.Symbol, profile.SigningAuthority, profile.SignerTitle, profile.SignerName).ShouldBe(("BC-SNV", (string?)null, "GIÁM ĐỐC", "Nguyễn Văn An"));
        profile.Recipients.ShouldBe(["UBND tỉnh", "Các sở, ban, ngành"]);
    }

    [TestCase("BC-SNV", true)]
    [TestCase("BC-UBND", true)]
    [TestCase("KH-SGD&ĐT", true)]
    [TestCase("BC", false)]
    [TestCase("bc-snv", false)]
    [TestCase("BC/SNV", false)]
    [TestCase("BC-", false)]
    public void ShouldTakeASymbolOfTypeAndBodyInCapitals(string symbol, bool valid) =>
        Regex.IsMatch(symbol, DocumentProfile.SymbolPattern).ShouldBe(valid);
}
