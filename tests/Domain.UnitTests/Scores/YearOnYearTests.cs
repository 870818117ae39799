using PapiTracker.Domain.Scores;
using static PapiTracker.Domain.UnitTests.Scores.TestFramework;

namespace PapiTracker.Domain.UnitTests.Scores;

public sealed class YearOnYearTests
{
    private readonly PapiTracker.Domain.Frameworks.IndexFramework _framework = Create();

    [Test]
    public void ShouldGiveDeltaAndPlacesRisen_WithinOneVersion()
    {
        var before = Standings(_framework, 2019, Province(1, ("1.1", 1m), ("1.2", 1m), ("2.1", 1m), ("2.2", 1m)), Province(2, ("1.1", 2m), ("1.2", 2m), ("2.1", 2m), ("2.2", 2m)));
        var now = Standings(_framework, 2020, Province(1, ("1.1", 3m), ("1.2", 3m), ("2.1", 3m), ("2.2", 3m)), Province(2, ("1.1", 2m), ("1.2", 2m), ("2.1", 2m), ("2.2", 2m)));

        var change = new YearOnYear(now, before).Total(now.For(1)!);

        change.ShouldBe(new ScoreChange(8m, 1, null));
    }

    [Test]
    public void ShouldRefuseToCompareTotalsAcrossVersions_ButCompareADimensionThatKeptItsStructure()
    {
        var before = Standings(_framework, 2020, Province(1, ("1.1", 1m), ("1.2", 1m), ("2.1", 1m), ("2.2", 1m)));
        var now = Standings(_framework, 2021, Province(1, ("1.1", 2m), ("1.2", 2m), ("2.1", 2m)));
        var compare = new YearOnYear(now, before);
        var province = now.For(1)!;

        compare.Total(province).UnavailableBecause.ShouldBe(ChangeUnavailableReason.FrameworkVersionChanged);
        compare.Dimension(province, province.Dimension("1")!).Delta.ShouldBe(2m);
        compare.Dimension(province, province.Dimension("2")!).UnavailableBecause.ShouldBe(ChangeUnavailableReason.FrameworkVersionChanged);
    }

    [Test]
    public void ShouldSayWhy_WhenEitherYearHasNoScore()
    {
        var before = Standings(_framework, 2019, Province(1), Province(2, ("1.1", 1m), ("1.2", 1m), ("2.1", 1m), ("2.2", 1m)));
        var now = Standings(_framework, 2020, Province(1, ("1.1", 1m), ("1.2", 1m), ("2.1", 1m), ("2.2", 1m)), Province(2));
        var compare = new YearOnYear(now, before);

        compare.Total(now.For(1)!).UnavailableBecause.ShouldBe(ChangeUnavailableReason.NotScoredPreviousYear);
        compare.Total(now.For(2)!).UnavailableBecause.ShouldBe(ChangeUnavailableReason.NotScoredThisYear);
        new YearOnYear(now, null).Total(now.For(1)!).UnavailableBecause.ShouldBe(ChangeUnavailableReason.NoPreviousRelease);
    }
}
