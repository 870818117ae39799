using PapiTracker.Domain.Frameworks;
using PapiTracker.Domain.Scores;

namespace PapiTracker.Domain.UnitTests.Scores;

/// <summary>A two-dimension framework small enough to reason about by hand, in two versions.</summary>
internal static class TestFramework
{
    public static IndexFramework Create()
    {
        var framework = IndexFramework.Create("TEST", "Thử", "Test", publishedDecimals: 2);
        var v1 = framework.AddVersion("TEST-1", 2019, 2020);
        v1.AddDimension("1", "Một", "One").AddSubDimension("1.1", "a", "a", 0.5m, 5m).AddSubDimension("1.2", "b", "b", 0.5m, 5m);
        v1.AddDimension("2", "Hai", "Two").AddSubDimension("2.1", "c", "c", 0.5m, 5m).AddSubDimension("2.2", "d", "d", 0.5m, 5m);
        var v2 = framework.AddVersion("TEST-2", 2021, null);
        v2.AddDimension("1", "Một", "One").AddSubDimension("1.1", "a", "a", 0.5m, 5m).AddSubDimension("1.2", "b", "b", 0.5m, 5m);
        v2.AddDimension("2", "Hai", "Two").AddSubDimension("2.1", "c", "c", 1m, 10m);
        return framework;
    }

    public static ProvinceValues Province(int id, params (string Code, decimal Value)[] values) =>
        new(id, values.ToDictionary(v => v.Code, v => v.Value));

    public static ReleaseStandings Standings(IndexFramework framework, int year, params ProvinceValues[] provinces) =>
        ReleaseStandings.Compute(year, framework.VersionForYear(year)!, provinces);
}
