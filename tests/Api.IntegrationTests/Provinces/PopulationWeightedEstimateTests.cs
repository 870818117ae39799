using System.Net;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Provinces.Queries.GetProvinceProfile;
using PapiTracker.Domain.Scores;
using PapiTracker.Application.ScoreReleases;

namespace PapiTracker.Api.IntegrationTests.Provinces;

/// <summary>
/// With population figures imported, a merged unit's estimate is the population-weighted mean of its
/// predecessors. The figures are the test's own (no population file is shared): Bắc Giang 1,900,000 in
/// 2024, old Bắc Ninh 1,500,000 in 2023 (its nearest earlier figure serves for 2024). By hand from the
/// shared score file: new Bắc Ninh 2024 = (44.685405908 × 1.9 + 45.485666810 × 1.5) / 3.4 ≈ 45.038462.
/// </summary>
public sealed class PopulationWeightedEstimateTests : ApiTest
{
    private const decimal BacGiang2024 = 44.685405908m;
    private const decimal BacNinh2024 = 45.485666810m;
    private const long BacGiangPopulation = 1_900_000;
    private const long BacNinhPopulation = 1_500_000;
    private const decimal Precision = 0.000000001m;

    private static readonly decimal Weighted2024 =
        (BacGiang2024 * BacGiangPopulation + BacNinh2024 * BacNinhPopulation) / (BacGiangPopulation + BacNinhPopulation);

    [SetUp]
    public async Task ArrangeAsync()
    {
        await Client.ImportOfficialScoresAsync();
        await Client.RestructureAsIn2025Async();
        await Client.ImportPopulationsAsync($"24,2024,{BacGiangPopulation},Test figures", $"Bắc Ninh,2023,{BacNinhPopulation},Test figures");
    }

    [Test]
    public async Task ShouldWeightTheEstimateByPopulation_AndNameItsWeights()
    {
        var profile = await GetAsync<ProvinceProfileDto>($"/api/v1/provinces/{await Client.NewBacNinhAsync()}/profile");

        var estimate2024 = profile.Estimates.Single(e => e.SurveyYear == 2024);
        estimate2024.Result.Total.Score!.Value.ShouldBe(Weighted2024, Precision);
        estimate2024.Estimate.Method.ShouldBe(EstimateMethod.PopulationWeighted);
        estimate2024.Estimate.Official.ShouldBeFalse();
        var bacGiang = estimate2024.Estimate.From.Single(p => p.NameVi == "Bắc Giang");
        (bacGiang.Population, bacGiang.PopulationYear).ShouldBe((BacGiangPopulation, 2024));
        bacGiang.Weight!.Value.ShouldBe(1.9m / 3.4m, Precision);
        var bacNinh = estimate2024.Estimate.From.Single(p => p.NameVi == "Bắc Ninh");
        (bacNinh.Population, bacNinh.PopulationYear).ShouldBe((BacNinhPopulation, 2023), "the nearest earlier figure serves");
    }

    [Test]
    public async Task ShouldWeightEverySubDimension_SoTheDimensionsAgreeWithTheTotal()
    {
        var estimate2024 = (await GetAsync<ProvinceProfileDto>($"/api/v1/provinces/{await Client.NewBacNinhAsync()}/profile"))
            .Estimates.Single(e => e.SurveyYear == 2024).Result;

        estimate2024.Dimensions.Sum(d => d.Score.Score!.Value).ShouldBe(estimate2024.Total.Score!.Value, Precision);
        estimate2024.Dimensions.ShouldAllBe(d => d.Score.Score!.Value == d.SubDimensions.Sum(s => s.Value!.Value));
    }

    [Test]
    public async Task ShouldFallBackToTheSimpleMean_WhereAPredecessorHasNoFigureUpToThatYear()
    {
        var profile = await GetAsync<ProvinceProfileDto>($"/api/v1/provinces/{await Client.NewBacNinhAsync()}/profile");

        var estimate2023 = profile.Estimates.Single(e => e.SurveyYear == 2023).Estimate;
        estimate2023.Method.ShouldBe(EstimateMethod.SimpleMean, "Bắc Giang has no figure for 2023 or before");
        estimate2023.From.ShouldAllBe(p => p.Weight == 0.5m && p.Population == null);
    }

    [Test]
    public async Task ShouldTakeTheSimpleMean_WhenAskedFor()
    {
        var profile = await GetAsync<ProvinceProfileDto>($"/api/v1/provinces/{await Client.NewBacNinhAsync()}/profile?method=SimpleMean");

        var estimate2024 = profile.Estimates.Single(e => e.SurveyYear == 2024);
        estimate2024.Estimate.Method.ShouldBe(EstimateMethod.SimpleMean);
        estimate2024.Result.Total.Score!.Value.ShouldBe((BacGiang2024 + BacNinh2024) / 2, Precision);
    }

    [Test]
    public async Task ShouldRankThe34_OnWeightedEstimatesWhereFiguresAllow()
    {
        var weighted = await GetAsync<PagedList<RankingRowDto>>($"/api/v1/score-releases/2024/rankings?as={Restructuring2025.Reform}");
        var mean = await GetAsync<PagedList<RankingRowDto>>($"/api/v1/score-releases/2024/rankings?as={Restructuring2025.Reform}&method=SimpleMean");

        var bacNinh = weighted.Items.Single(r => r.ProvinceNameVi == "Bắc Ninh");
        bacNinh.Score!.Value.ShouldBe(Weighted2024, Precision);
        bacNinh.Estimate!.Method.ShouldBe(EstimateMethod.PopulationWeighted);
        weighted.Items.Single(r => r.ProvinceNameVi == "Thành phố Huế").Estimate.ShouldBeNull();
        weighted.Items.Where(r => r.Estimate is not null && r.ProvinceNameVi != "Bắc Ninh")
            .ShouldAllBe(r => r.Estimate!.Method == EstimateMethod.SimpleMean, "no other predecessor has a figure");
        mean.Items.Single(r => r.ProvinceNameVi == "Bắc Ninh").Score!.Value.ShouldBe((BacGiang2024 + BacNinh2024) / 2, Precision);
    }

    [TestCase("/api/v1/provinces/1/profile?method=median")]
    [TestCase("/api/v1/score-releases/2024/rankings?as=2025-07-01&method=median")]
    public async Task ShouldRefuseAnUnknownMethod(string url)
    {
        using var response = await Client.GetAsync(url);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}
