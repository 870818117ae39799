using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Common;

namespace PapiTracker.Domain.UnitTests.Common;

public sealed class VietnameseTextTests
{
    [TestCase("Bắc Giang", "bac giang")]
    [TestCase("  BẮC   GIANG ", "bac giang")]
    [TestCase("Đắk Lắk", "dak lak")]
    [TestCase("Bà Rịa-Vũng Tàu", "ba ria vung tau")]
    [TestCase("TP. Hồ Chí Minh", "tp ho chi minh")]
    [TestCase("Thừa Thiên-Huế", "thua thien hue")]
    public void ShouldFoldDiacriticsCaseAndPunctuation(string text, string expected) =>
        VietnameseText.Fold(text).ShouldBe(expected);

    [TestCase("Thành phố Hà Nội", "Hà Nội")]
    [TestCase("Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh")]
    [TestCase("TP Hồ Chí Minh", "Hồ Chí Minh")]
    [TestCase("Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu")]
    [TestCase("Thừa Thiên Huế", "Thừa Thiên-Huế")]
    [TestCase("Ba Ria - Vung Tau", "Ba Ria-Vung Tau")]
    [TestCase("Tỉnh Bắc Giang", "bac giang")]
    [TestCase("Ho Chi Minh City", "Ho Chi Minh")]
    public void ShouldGiveTheOfficialAndThePapiSpellingOfAProvinceOneKey(string official, string papi) =>
        UnitNames.ProvinceKey(official).ShouldBe(UnitNames.ProvinceKey(papi));

    [TestCase("Bắc Giang", "Bắc Ninh")]
    [TestCase("Thành phố Hà Nội", "Hà Nam")]
    [TestCase("Cần Thơ", "Thành phố")]
    public void ShouldKeepDistinctProvinceNamesDistinct(string one, string other) =>
        UnitNames.ProvinceKey(one).ShouldNotBe(UnitNames.ProvinceKey(other));

    [Test]
    public void ShouldKeepDistinctNamesDistinct() =>
        VietnameseText.Fold("Bắc Kạn").ShouldNotBe(VietnameseText.Fold("Bắc Giang"));

    [Test]
    public void ShouldKeyEachTextFolded_LeavingOutTheMissingOnes() =>
        VietnameseText.SearchKey("D1.a", "Chỉ số Dân chủ", null, "Grassroots democracy").ShouldBe("d1 a | chi so dan chu | grassroots democracy");

    [Test]
    public void ShouldFoldEachCharacterAsTheWholeTextFolds()
    {
        var decomposed = "Đường  Chỉ-số, ĐẠI_học.".Normalize(System.Text.NormalizationForm.FormD);

        var folded = string.Concat(decomposed.Select(c => VietnameseText.FoldCharacter(c)?.ToString()));

        folded.ShouldBe("duong  chi so  dai hoc ");
        VietnameseText.Fold(decomposed).ShouldBe("duong chi so dai hoc");
    }

    /// <summary>Text Unicode cannot normalise (a lone surrogate, a noncharacter) comes from outside too: a search box, a name.</summary>
    [TestCase('\uD800')]
    [TestCase('\uDC00')]
    [TestCase('\uFFFE')]
    [TestCase('\uFFFF')]
    [TestCase('\uFDD0')]
    public void ShouldLeaveOutWhatUnicodeCannotNormalise(char character) =>
        VietnameseText.Fold($"Bắc{character} Giang").ShouldBe("bac giang");

    [Test]
    public void ShouldKeepCharactersOutsideTheBasicPlane() =>
        VietnameseText.Fold("Bắc 😀 Giang").ShouldBe("bac 😀 giang");
}
