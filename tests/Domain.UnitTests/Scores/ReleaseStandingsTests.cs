using PapiTracker.Domain.Scores;
using static PapiTracker.Domain.UnitTests.Scores.TestFramework;

namespace PapiTracker.Domain.UnitTests.Scores;

public sealed class ReleaseStandingsTests
{
    private readonly PapiTracker.Domain.Frameworks.IndexFramework _framework = Create();

    [Test]
    public void ShouldSumSubDimensionsIntoDimensionsAndTotal_AtTheFilesPrecision()
    {
        var standings = Standings(_framework, 2020, Province(1, ("1.1", 1.004m), ("1.2", 1.004123456m), ("2.1", 2m), ("2.2", 2.003m)));

        var province = standings.For(1)!;
        province.Dimension("1")!.Placing.Score.ShouldBe(2.008123456m);
        province.Dimension("2")!.Placing.Score.ShouldBe(4.003m);
        province.Total.Score.ShouldBe(6.011123456m);
        province.Dimension("1")!.SubDimensions.Single(s => s.SubDimension.Code == "1.2").Value.ShouldBe(1.004123456m);
    }

    [Test]
    public void ShouldShareARankOnlyOnEqualTotals_AndSkipTheNext()
    {
        var standings = Standings(_framework, 2020,
            Province(1, ("1.1", 3m), ("1.2", 3m), ("2.1", 3m), ("2.2", 3m)),
            Province(2, ("1.1", 2m), ("1.2", 2m), ("2.1", 2m), ("2.2", 2m)),
            Province(3, ("1.1", 2.5m), ("1.2", 1.5m), ("2.1", 2m), ("2.2", 2m)),
            Province(4, ("1.1", 1m), ("1.2", 1m), ("2.1", 1m), ("2.2", 1m)));

        new[] { 1, 2, 3, 4 }.Select(id => standings.For(id)!.Total.Rank).ShouldBe([1, 2, 2, 4]);
    }

    [Test]
    public void ShouldRankTheUnroundedTotals_NotTheTotalsRoundedForDisplay()
    {
        // 8.001 and 8.004 both print as 8.00; PAPI ranks the higher one first.
        var standings = Standings(_framework, 2020,
            Province(1, ("1.1", 2m), ("1.2", 2m), ("2.1", 2m), ("2.2", 2.001m)),
            Province(2, ("1.1", 2m), ("1.2", 2m), ("2.1", 2m), ("2.2", 2.004m)),
            Province(3, ("1.1", 2m), ("1.2", 2m), ("2.1", 2m), ("2.2", 2.000000001m)));

        new[] { 1, 2, 3 }.Select(id => standings.For(id)!.Total.Rank).ShouldBe([2, 1, 3]);
        standings.For(1)!.Dimension("2")!.Placing.Rank.ShouldBe(2);
    }

    [Test]
    public void ShouldLeaveAProvinceWithAMissingValueUnranked_NotLast()
    {
        var standings = Standings(_framework, 2020,
            Province(1, ("1.1", 3m), ("1.2", 3m), ("2.1", 3m), ("2.2", 3m)),
            Province(2, ("1.1", 1m), ("1.2", 1m), ("2.1", 1m), ("2.2", 1m)),
            Province(3, ("1.1", 2m), ("1.2", 2m), ("2.1", 2m)),
            Province(4));

        standings.For(3)!.Total.ShouldBe(new Placing(null, null, 2, null));
        standings.For(4)!.Total.Rank.ShouldBeNull();
        standings.For(2)!.Total.ShouldBe(new Placing(4m, 2, 2, PerformanceGroup.Poor));
        standings.For(3)!.Dimension("1")!.Placing.Rank.ShouldBe(2, "its complete dimension is still ranked");
        standings.For(3)!.Dimension("1")!.Placing.RankedOf.ShouldBe(3);
    }
}
