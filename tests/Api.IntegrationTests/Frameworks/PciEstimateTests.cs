using PapiTracker.Application.ScoreReleases;
using PapiTracker.Application.Frameworks;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Frameworks.Queries.GetFrameworks;
using PapiTracker.Application.Provinces.Queries.GetProvinceProfile;
using PapiTracker.Application.ScoreReleases.Queries.GetRanking;
using PapiTracker.Domain.Scores;

namespace PapiTracker.Api.IntegrationTests.Frameworks;

/// <summary>
/// The new Bắc Ninh (old Bắc Giang + old Bắc Ninh) on PCI 2023, which VCCI scored on the 63: its estimate
/// follows PCI's rule, the simple mean of its predecessors (as DTI 2024 re-aggregated the 34), even where
/// population figures would let PAPI's rule weight them; the answers say which method was used.
/// </summary>
public sealed class PciEstimateTests : ApiTest
{
    private int _newBacNinh;

    [SetUp]
    public async Task ArrangeAsync()
    {
        await Client.ImportOfficialScoresAsync();
        await Client.DefineFromFileAsync("pci.json");
        var lines = await File.ReadAllLinesAsync(ReferenceFiles.Pci);
        await Client.ImportAsync("PCI", string.Join('\n', lines.Where((l, i) => i == 0 || l.StartsWith("2023,", StringComparison.Ordinal))) + "\n");
        await Client.RestructureAsIn2025Async();
        _newBacNinh = await Client.NewBacNinhAsync();
        // Figures for both predecessors: PAPI's rule would weight by them.
        await Client.ImportPopulationsAsync("24,2023,1900000,Test figures", "27,2023,1500000,Test figures");
    }

    [Test]
    public async Task TheFrameworks_ShouldCarryTheirEstimateRule()
    {
        var frameworks = await GetAsync<IReadOnlyList<FrameworkDto>>("/api/v1/frameworks");

        frameworks.Single(f => f.Code == "PAPI").Estimate.ShouldBe(EstimateMethod.PopulationWeighted);
        frameworks.Single(f => f.Code == "PCI").Estimate.ShouldBe(EstimateMethod.SimpleMean, "pci.json names no rule: the simple mean");
    }

    [Test]
    public async Task APciEstimate_ShouldBeTheSimpleMeanOfThePredecessors_HandComputed()
    {
        var profile = await GetAsync<ProvinceProfileDto>($"/api/v1/provinces/{_newBacNinh}/profile?framework=PCI");

        var year = profile.Estimates.ShouldHaveSingleItem();
        year.SurveyYear.ShouldBe(2023);
        year.Estimate.Method.ShouldBe(EstimateMethod.SimpleMean);
        year.Estimate.Official.ShouldBeFalse();
        year.Estimate.From.Select(p => (p.NameVi, p.Weight)).ShouldBe([("Bắc Giang", 0.5m), ("Bắc Ninh", 0.5m)], ignoreOrder: true);
        // VCCI 2023: land access 6.855806 (Bắc Giang) and 6.955528 (Bắc Ninh); entry costs 7.053415 and 7.406411.
        Value(year.Result, "land_access").ShouldBe(6.905667m);
        Value(year.Result, "entry_costs").ShouldBe(7.229913m);
        // The PCI-2022 weighted sum of the ten means, × 10 (Bắc Ninh has no published 2023 total to keep).
        year.Result.Total.Score.ShouldBe(67.85253175m);
    }

    [Test]
    public async Task TheRankingOfThe34_ShouldLabelPcisEstimateWithItsMethod()
    {
        var ranking = (await GetAsync<PagedList<RankingRowDto>>("/api/v1/score-releases/2023/rankings?framework=PCI&as=2025-07-01&pageSize=100")).Items;
        var papi = (await GetAsync<PagedList<RankingRowDto>>("/api/v1/score-releases/2023/rankings?as=2025-07-01&pageSize=100")).Items;
        var weighted = (await GetAsync<PagedList<RankingRowDto>>("/api/v1/score-releases/2023/rankings?framework=PCI&as=2025-07-01&method=PopulationWeighted&pageSize=100")).Items;

        var row = ranking.Single(r => r.ProvinceId == _newBacNinh);
        (row.Official, row.Estimate!.Method, row.Score).ShouldBe((false, EstimateMethod.SimpleMean, 67.85253175m));
        papi.Single(r => r.ProvinceId == _newBacNinh).Estimate!.Method.ShouldBe(EstimateMethod.PopulationWeighted, "PAPI's rule weights by population");
        weighted.Single(r => r.ProvinceId == _newBacNinh).Estimate!.Method.ShouldBe(EstimateMethod.PopulationWeighted, "a reader may still ask for the weighted mean");
    }

    private static decimal? Value(Application.Scores.ProvinceYearResultDto result, string code) =>
        result.Dimensions.SelectMany(d => d.SubDimensions).Single(s => s.Code == code).Value;
}
