using PapiTracker.Domain.Scores;

namespace PapiTracker.Domain.UnitTests.Scores;

public sealed class PerformanceGroupsTests
{
    [TestCase(63, 16, 16, 15, 16)]
    [TestCase(60, 15, 15, 15, 15)]
    [TestCase(61, 16, 15, 14, 16)]
    [TestCase(4, 1, 1, 1, 1)]
    public void ShouldSplitRanksIntoQuartileGroups(int rankedOf, int best, int highAverage, int lowAverage, int poor)
    {
        var groups = Enumerable.Range(1, rankedOf).Select(rank => PerformanceGroups.ForRank(rank, rankedOf)).ToList();

        groups.Count(g => g == PerformanceGroup.Best).ShouldBe(best);
        groups.Count(g => g == PerformanceGroup.HighAverage).ShouldBe(highAverage);
        groups.Count(g => g == PerformanceGroup.LowAverage).ShouldBe(lowAverage);
        groups.Count(g => g == PerformanceGroup.Poor).ShouldBe(poor);
        groups.ShouldBe(groups.Order());
    }
}
