using PapiTracker.Domain.Scores;
using static PapiTracker.Domain.UnitTests.Scores.TestFramework;

namespace PapiTracker.Domain.UnitTests.Scores;

public sealed class ReleaseChangesTests
{
    private readonly Frameworks.IndexFramework _framework = Create();

    private ReleaseChanges Between(ProvinceValues[] before, ProvinceValues[] after) =>
        ReleaseChanges.Between(2020, _framework.VersionForYear(2020)!, before, after);

    private static ProvinceValues Full(int id, decimal value) => Province(id, ("1.1", value), ("1.2", value), ("2.1", value), ("2.2", value));

    [Test]
    public void ShouldFindNothingToConfirm_OnAFirstImport()
    {
        var changes = Between([], [Full(1, 2m), Full(2, 3m)]);

        changes.ReplacesARelease.ShouldBeFalse();
        changes.ProvincesAdded.ShouldBe([1, 2]);
        changes.RankMoves.ShouldBeEmpty();
        changes.NeedsConfirmation.ShouldBeFalse();
    }

    [Test]
    public void ShouldTellAddedRemovedAndChangedProvinces_AndEveryValueChanged()
    {
        var changes = Between(
            [Full(1, 2m), Full(2, 3m), Full(3, 4m)],
            [Full(1, 2m), Province(2, ("1.1", 3m), ("1.2", 3m), ("2.1", 3m), ("2.2", 1m)), Full(4, 1m)]);

        changes.ProvincesAdded.ShouldBe([4]);
        changes.ProvincesRemoved.ShouldBe([3]);
        changes.ProvincesChanged.ShouldBe([2]);
        changes.ValueChanges.ShouldContain(new ValueChange(2, "2.2", 3m, 1m));
        changes.ValuesChanged.ShouldBe(1 + 4 + 4);
        changes.NeedsConfirmation.ShouldBeTrue();
        changes.ConfirmationReasons.ShouldContain(r => r.Contains("removes 1 of the 3 provinces"));
    }

    [Test]
    public void ShouldCountADroppedValue_AsAChange()
    {
        var changes = Between([Full(1, 2m)], [Province(1, ("1.1", 2m), ("1.2", 2m), ("2.1", 2m))]);

        changes.ValueChanges.ShouldBe([new ValueChange(1, "2.2", 2m, null)]);
        changes.ValuesAfter.ShouldBe(3);
    }

    [Test]
    public void ShouldTellRanksThatMove_AsTheStandingsRankThem()
    {
        var changes = Between([Full(1, 2m), Full(2, 3m)], [Full(1, 4m), Full(2, 3m)]);

        changes.RankMoves.ShouldBe([new RankMove(1, 2, 1), new RankMove(2, 1, 2)]);
    }

    [Test]
    public void ShouldNeedConfirmation_OnlyAboveATenthOfTheValues()
    {
        var before = Enumerable.Range(1, 10).Select(id => Full(id, 2m)).ToArray();
        var oneProvince = before.Select(p => p.ProvinceId == 1 ? Full(1, 3m) : p).ToArray();
        var twoProvinces = before.Select(p => p.ProvinceId <= 2 ? Full(p.ProvinceId, 3m) : p).ToArray();

        Between(before, oneProvince).ShareOfValuesChanged.ShouldBe(0.1m);
        Between(before, oneProvince).NeedsConfirmation.ShouldBeFalse();
        Between(before, twoProvinces).NeedsConfirmation.ShouldBeTrue();
    }

    [Test]
    public void ShouldSeeNoChange_InTheSameValuesWrittenWithMoreDigitsThanAreStored() =>
        Between([Full(1, 2.123456789m)], [Full(1, 2.1234567891m)]).ValuesChanged.ShouldBe(0);
}
