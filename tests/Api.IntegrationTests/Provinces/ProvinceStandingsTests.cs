using System.Net;
using PapiTracker.Application.Frameworks;
using PapiTracker.Api.IntegrationTests.Frameworks;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Frameworks.Queries.GetFrameworks;
using PapiTracker.Application.Provinces.Queries.GetProvinceStandings;
using PapiTracker.Domain.Scores;
using static PapiTracker.Api.IntegrationTests.Infrastructure.ScoreFileUploads;

namespace PapiTracker.Api.IntegrationTests.Provinces;

/// <summary>
/// The province overview's first row: every index a province is scored on with its latest rank and change,
/// and the catalogue saying which indices have releases and on what scale their totals lie.
/// </summary>
public sealed class ProvinceStandingsTests : ApiTest
{
    /// <summary>Two fields worth 40 and 60 points; the result is the points obtained over 100, as %.</summary>
    private const string PointsIndex = """
        {
          "code": "PTS",
          "name": { "vi": "Chỉ số điểm (thử)", "en": "Points index (trial)" },
          "versions": [{
            "code": "PTS-2022", "firstYear": 2022, "lastYear": null,
            "total": { "method": "percentOfMaximum" },
            "dimensions": [
              { "code": "f1", "name": { "vi": "Trường 1", "en": "Field 1" }, "scale": { "min": 0, "max": 40, "unit": "points" } },
              { "code": "f2", "name": { "vi": "Trường 2", "en": "Field 2" }, "scale": { "min": 0, "max": 60, "unit": "points" } }
            ]
          }]
        }
        """;

    private async Task<(int An, int Binh)> ScoredProvincesAsync()
    {
        var (an, binh) = ((await Client.AddProvinceAsync("Tỉnh An", "An")).Id, (await Client.AddProvinceAsync("Tỉnh Bình", "Binh")).Id);
        using (var papi = await Client.UploadScoresAsync($"{Header}\n" + string.Join('\n',
            Row(2019, "Tỉnh An", "An", 1.4m), Row(2019, "Tỉnh Bình", "Binh", 1.5m),
            Row(2020, "Tỉnh An", "An", 1.5m), Row(2020, "Tỉnh Bình", "Binh", 1.4m)) + "\n"))
            await papi.ShouldHaveStatusAsync(HttpStatusCode.OK);
        using (var defined = await Client.DefineAsync(PointsIndex))
            await defined.ShouldHaveStatusAsync(HttpStatusCode.Created);
        await Client.ImportAsync("PTS", """
            year,province_vi,province_en,f1,f2
            2023,Tỉnh An,An,30,40
            2023,Tỉnh Bình,Binh,35,50
            """);
        return (an, binh);
    }

    [Test]
    public async Task ShouldGiveEveryIndexTheProvinceIsScoredOn_WithItsLatestRankAndChange()
    {
        var (an, _) = await ScoredProvincesAsync();

        var standings = await GetAsync<List<FrameworkStandingDto>>($"/api/v1/provinces/{an}/standings");

        standings.Select(s => (s.Framework, s.SurveyYear)).ShouldBe([("PAPI", 2020), ("PTS", 2023)]);
        var papi = standings[0];
        (papi.FrameworkVersion, papi.PublishedDecimals, papi.HigherIsBetter).ShouldBe(("PAPI-2019", 2, true));
        (papi.Total.Rank, papi.Total.RankedOf, papi.Total.RankChange).ShouldBe((1, 2, 1));
        // Every sub-dimension 0.1 higher, the three-part dimensions' 0.13: 20 × 0.1 + 9 × 0.13.
        papi.Total.Delta.ShouldBe(3.17m);
        var points = standings[1];
        (points.Total.Score, points.Total.Rank, points.Total.RankedOf).ShouldBe((70m, 2, 2));
        (points.Total.Delta, points.Total.ChangeUnavailableBecause).ShouldBe((null, ChangeUnavailableReason.NoPreviousRelease));
    }

    [Test]
    public async Task ShouldLeaveOutAnIndexTheProvinceIsNotScoredOn()
    {
        await ScoredProvincesAsync();
        var unscored = (await Client.AddProvinceAsync("Tỉnh Cường", "Cuong")).Id;

        (await GetAsync<List<FrameworkStandingDto>>($"/api/v1/provinces/{unscored}/standings")).ShouldBeEmpty();
        using var missing = await Client.GetAsync("/api/v1/provinces/999999/standings");
        await missing.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Frameworks_ShouldSayWhichYearsHaveReleases_AndTheScaleOfEachTotal()
    {
        await ScoredProvincesAsync();

        var frameworks = await GetAsync<List<FrameworkDto>>(FrameworkDefinitions.Url);

        var papi = frameworks.Single(f => f.Code == "PAPI");
        papi.ReleaseYears.ShouldBe([2019, 2020]);
        // Five dimensions of four 0.25–2.5 parts and three of three 0.33–3.33 parts.
        var papi2019 = papi.Versions.Single(v => v.Code == "PAPI-2019");
        (papi2019.TotalScaleMin, papi2019.TotalScaleMax).ShouldBe((7.97m, 79.97m));
        var points = frameworks.Single(f => f.Code == "PTS");
        points.ReleaseYears.ShouldBe([2023]);
        (points.Versions[0].TotalScaleMin, points.Versions[0].TotalScaleMax).ShouldBe((0m, 100m));
    }
}
