using PapiTracker.Domain.Scores;
using static PapiTracker.Domain.UnitTests.Scores.TestFramework;

namespace PapiTracker.Domain.UnitTests.Scores;

public sealed class ScoreLineageTests
{
    private static readonly DateOnly LastDay = new(2025, 6, 30);
    private static readonly DateOnly Reform = new(2025, 7, 1);

    private readonly PapiTracker.Domain.Frameworks.IndexFramework _framework = Create();

    // 1 and 2 merge into 10; 3 carries on unchanged; 4 and 5 merge into 11.
    private static readonly LineageUnit[] Units =
    [
        new LineageUnit(1, new(2000, 1, 1), LastDay, 10),
        new LineageUnit(2, new(2000, 1, 1), LastDay, 10),
        new LineageUnit(3, new(2000, 1, 1), null, null),
        new LineageUnit(4, new(2000, 1, 1), LastDay, 11),
        new LineageUnit(5, new(2000, 1, 1), LastDay, 11),
        new LineageUnit(10, Reform, null, null),
        new LineageUnit(11, Reform, null, null),
    ];

    private static readonly ScoreLineage Lineage = new(Units);

    [Test]
    public void ShouldEstimateAMergedUnit_AsTheSimpleMeanOfItsPredecessors()
    {
        var release = Standings(_framework, 2020,
            Province(1, ("1.1", 1m), ("1.2", 2m), ("2.1", 3m), ("2.2", 4m)),
            Province(2, ("1.1", 2m), ("1.2", 3m), ("2.1", 4m), ("2.2", 4.5m)));

        var found = Lineage.ValuesIn(10, release, allowPartial: false)!;

        found.Values.BySubDimension.ShouldBe(new Dictionary<string, decimal> { ["1.1"] = 1.5m, ["1.2"] = 2.5m, ["2.1"] = 3.5m, ["2.2"] = 4.25m });
        found.Estimate!.ScoredPredecessorIds.ShouldBe([1, 2]);
        found.Estimate.Partial.ShouldBeFalse();
    }

    [Test]
    public void ShouldGiveAScoredUnitItsOwnValues_NotAnEstimate()
    {
        var release = Standings(_framework, 2020, Province(3, ("1.1", 1m), ("1.2", 2m), ("2.1", 3m), ("2.2", 4m)));

        var found = Lineage.ValuesIn(3, release, allowPartial: false)!;

        found.Estimate.ShouldBeNull();
        found.Values.ShouldBeSameAs(release.Values[3]);
    }

    [Test]
    public void ShouldLeaveOutWhatAPredecessorLacks_UnlessAPartialEstimateIsAskedFor()
    {
        var release = Standings(_framework, 2020,
            Province(1, ("1.1", 1m), ("1.2", 2m), ("2.1", 3m), ("2.2", 4m)),
            Province(2, ("1.1", 2m), ("1.2", 3m), ("2.1", 4m)));

        var strict = Lineage.ValuesIn(10, release, allowPartial: false)!;
        var partial = Lineage.ValuesIn(10, release, allowPartial: true)!;

        strict.Values.BySubDimension.Keys.ShouldBe(["1.1", "1.2", "2.1"], ignoreOrder: true);
        strict.Estimate!.Partial.ShouldBeFalse();
        partial.Values.BySubDimension["2.2"].ShouldBe(4m);
        partial.Estimate!.Partial.ShouldBeTrue();
    }

    [Test]
    public void ShouldGiveNoEstimate_WhenAPredecessorWasNotScoredThatYear_UnlessPartial()
    {
        var release = Standings(_framework, 2020, Province(1, ("1.1", 1m), ("1.2", 2m), ("2.1", 3m), ("2.2", 4m)));

        var strict = Lineage.ValuesIn(10, release, allowPartial: false)!;
        var partial = Lineage.ValuesIn(10, release, allowPartial: true)!;

        strict.Values.BySubDimension.ShouldBeEmpty();
        strict.Estimate!.UnscoredPredecessorIds.ShouldBe([2]);
        partial.Values.BySubDimension["1.1"].ShouldBe(1m);
        partial.Estimate!.Partial.ShouldBeTrue();
    }

    [Test]
    public void ShouldRankTheUnitsOfALaterDate_OnEstimatesAndOwnValues()
    {
        var release = Standings(_framework, 2020,
            Province(1, ("1.1", 1m), ("1.2", 1m), ("2.1", 1m), ("2.2", 1m)),
            Province(2, ("1.1", 3m), ("1.2", 3m), ("2.1", 3m), ("2.2", 3m)),
            Province(3, ("1.1", 2.5m), ("1.2", 2.5m), ("2.1", 2.5m), ("2.2", 2.5m)),
            Province(4, ("1.1", 1m), ("1.2", 1m), ("2.1", 1m), ("2.2", 1m)));

        var onReform = Lineage.On(Reform, release, allowPartial: false);

        onReform.Standings.Provinces.Select(p => p.ProvinceId).ShouldBe([3, 10, 11], ignoreOrder: true);
        (onReform.Standings.For(3)!.Total.Score, onReform.Standings.For(3)!.Total.Rank).ShouldBe((10m, 1));
        (onReform.Standings.For(10)!.Total.Score, onReform.Standings.For(10)!.Total.Rank).ShouldBe((8m, 2));
        onReform.Standings.For(10)!.Total.RankedOf.ShouldBe(2);
        onReform.Standings.For(11)!.Total.Score.ShouldBeNull("5 was not scored");
        onReform.Estimates.Keys.ShouldBe([10, 11], ignoreOrder: true);
        Lineage.On(LastDay, release, allowPartial: false).Estimates.ShouldBeEmpty();
    }

    [Test]
    public void ShouldCountAPredecessorMergedEarlier_ThroughItsOwnPredecessors()
    {
        var lineage = new ScoreLineage(
        [
            new LineageUnit(1, new(2000, 1, 1), new(2024, 12, 31), 2),
            new LineageUnit(2, new(2025, 1, 1), LastDay, 10),
            new LineageUnit(3, new(2000, 1, 1), LastDay, 10),
            new LineageUnit(10, Reform, null, null),
        ]);
        var release = Standings(_framework, 2020,
            Province(1, ("1.1", 1m), ("1.2", 1m), ("2.1", 1m), ("2.2", 1m)),
            Province(3, ("1.1", 2m), ("1.2", 2m), ("2.1", 2m), ("2.2", 2m)));

        var found = lineage.ValuesIn(10, release, allowPartial: false)!;

        found.Estimate!.ScoredPredecessorIds.ShouldBe([1, 3], ignoreOrder: true);
        found.Values.BySubDimension["1.1"].ShouldBe(1.5m);
    }

    [Test]
    public void ShouldWeightByPopulation_TakingTheNearestEarlierFigure()
    {
        var lineage = new ScoreLineage(Units, [new UnitPopulation(1, 2019, 300), new UnitPopulation(2, 2020, 100), new UnitPopulation(2, 2021, 900)]);
        var release = Standings(_framework, 2020,
            Province(1, ("1.1", 1m), ("1.2", 2m), ("2.1", 3m), ("2.2", 4m)),
            Province(2, ("1.1", 2m), ("1.2", 3m), ("2.1", 4m), ("2.2", 5m)));

        var found = lineage.ValuesIn(10, release, allowPartial: false)!;

        found.Values.BySubDimension.ShouldBe(new Dictionary<string, decimal> { ["1.1"] = 1.25m, ["1.2"] = 2.25m, ["2.1"] = 3.25m, ["2.2"] = 4.25m });
        found.Estimate!.Method.ShouldBe(EstimateMethod.PopulationWeighted);
        found.Estimate.Populations.Values.Select(p => p.Year).ShouldBe([2019, 2020], ignoreOrder: true);
        (found.Estimate.WeightOf(1), found.Estimate.WeightOf(2)).ShouldBe((0.75m, 0.25m));
    }

    [Test]
    public void ShouldTakeTheSimpleMean_WhenAPredecessorHasNoFigure_OrWhenAskedFor()
    {
        var lineage = new ScoreLineage(Units, [new UnitPopulation(1, 2019, 300), new UnitPopulation(2, 2021, 100)]);
        var release = Standings(_framework, 2020,
            Province(1, ("1.1", 1m), ("1.2", 2m), ("2.1", 3m), ("2.2", 4m)),
            Province(2, ("1.1", 2m), ("1.2", 3m), ("2.1", 4m), ("2.2", 5m)));
        var figured = new ScoreLineage(Units, [new UnitPopulation(1, 2020, 300), new UnitPopulation(2, 2020, 100)]);

        var unweighted = lineage.ValuesIn(10, release, allowPartial: false)!;
        var asked = figured.ValuesIn(10, release, allowPartial: false, EstimateMethod.SimpleMean)!;

        unweighted.Estimate!.Method.ShouldBe(EstimateMethod.SimpleMean, "2's only figure is of a later year");
        unweighted.Values.BySubDimension["1.1"].ShouldBe(1.5m);
        asked.Estimate!.Method.ShouldBe(EstimateMethod.SimpleMean);
        asked.Values.BySubDimension["1.1"].ShouldBe(1.5m);
    }

    [Test]
    public void ShouldShareAMissingSubDimensionsWeight_AmongThoseThatHaveIt_InAPartialEstimate()
    {
        var lineage = new ScoreLineage(Units, [new UnitPopulation(4, 2020, 300), new UnitPopulation(5, 2020, 100), new UnitPopulation(6, 2020, 100)]);
        var threeWay = new ScoreLineage([.. Units, new LineageUnit(6, new(2000, 1, 1), LastDay, 11)],
            [new UnitPopulation(4, 2020, 300), new UnitPopulation(5, 2020, 100), new UnitPopulation(6, 2020, 100)]);
        var release = Standings(_framework, 2020,
            Province(4, ("1.1", 1m), ("1.2", 1m), ("2.1", 1m), ("2.2", 1m)),
            Province(5, ("1.1", 2m), ("1.2", 2m), ("2.1", 2m), ("2.2", 2m)),
            Province(6, ("1.1", 3m), ("1.2", 3m), ("2.1", 3m)));

        var found = threeWay.ValuesIn(11, release, allowPartial: true)!;

        found.Values.BySubDimension["1.1"].ShouldBe((1m * 300 + 2m * 100 + 3m * 100) / 500);
        found.Values.BySubDimension["2.2"].ShouldBe((1m * 300 + 2m * 100) / 400, "6 lacks 2.2: 4 and 5 share its weight");
        found.Estimate!.Partial.ShouldBeTrue();
        lineage.ValuesIn(11, release, allowPartial: false)!.Values.BySubDimension["2.2"].ShouldBe((1m * 300 + 2m * 100) / 400);
    }
}
