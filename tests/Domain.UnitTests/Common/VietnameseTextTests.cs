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

    [Test]
    public void ShouldKeepDistinctNamesDistinct() =>
        VietnameseText.Fold("Bắc Kạn").ShouldNotBe(VietnameseText.Fold("Bắc Giang"));
}
