using System.Net;
using System.Net.Http.Json;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Plans.Queries.GetCoverage;
using PapiTracker.Application.Plans.Queries.GetPlan;
using PapiTracker.Application.Plans.Queries.GetRankCalculator;
using PapiTracker.Application.Plans;
using PapiTracker.Application.ScoreReleases;

namespace PapiTracker.Api.IntegrationTests.Plans;

/// <summary>
/// The new Bắc Ninh (old Bắc Giang + old Bắc Ninh) plans for 2026 on PAPI 2024, which scored its two
/// predecessors but not itself: its baseline is the estimate, ranked among the 34, beside each
/// predecessor's official figure; no target is judged until a release scores the 34.
/// </summary>
public sealed class MergedProvincePlanTests : ApiTest
{
    private int _planId;
    private IReadOnlyList<RankingRowDto> _official2024 = [];

    [SetUp]
    public async Task ArrangeAsync()
    {
        await Client.ImportOfficialScoresAsync();
        await Client.RestructureAsIn2025Async();
        _official2024 = (await GetAsync<PagedList<RankingRowDto>>("/api/v1/score-releases/2024/rankings")).Items;
        using var created = await Client.PostAsJsonAsync("/api/v1/plans", new
        {
            provinceId = await Client.NewBacNinhAsync(), titleVi = "Kế hoạch nâng cao PAPI năm 2026", issuerVi = "UBND tỉnh Bắc Ninh",
            baselineYear = 2024, targetYear = 2026,
            targets = new object[] { new { kind = "TotalRank", value = 3 }, new { kind = "DimensionScore", code = "5", value = 8 } },
        });
        await created.ShouldHaveStatusAsync(HttpStatusCode.Created);
        _planId = (await created.Content.ReadFromJsonAsync<PlanSummaryDto>(Json))!.Id;
    }

    [Test]
    public async Task ShouldTakeTheEstimateAsBaseline_WithEachPredecessorsOfficialFigureBeside()
    {
        var plan = await GetAsync<PlanDto>($"/api/v1/plans/{_planId}");

        plan.BaselineEstimate!.From.Select(p => p.NameVi).ShouldBe(["Bắc Giang", "Bắc Ninh"], ignoreOrder: true);
        var rank = plan.Targets.Single(t => t.Code is null);
        rank.Baseline.ShouldBe(new TargetYearValueDto(2024, 5m, null, Estimated: true), "5th of the 34 on the estimate, not judged");
        rank.PredecessorBaselines.Select(p => (p.NameVi, p.Value)).ShouldBe(
            [("Bắc Giang", OfficialRank("Bắc Giang")), ("Bắc Ninh", OfficialRank("Bắc Ninh"))], ignoreOrder: true);
        rank.MetInTargetYear.ShouldBeNull("no release has scored the 34 yet");
    }

    [Test]
    public async Task ShouldAnalyseCoverageOnTheEstimate_RankedAmongThe34()
    {
        var coverage = await GetAsync<CoverageDto>($"/api/v1/plans/{_planId}/coverage");

        coverage.Estimate.ShouldNotBeNull().Official.ShouldBeFalse();
        coverage.SubDimensions.ShouldNotBeEmpty();
        coverage.SubDimensions.ShouldAllBe(row => row.RankedOf <= 34);
        coverage.SubDimensions.Single(row => row.Code == "1.1").Score.ShouldNotBeNull();
    }

    [Test]
    public async Task ShouldCalculateTheRankAmongThe34_OnEstimates()
    {
        var calculator = await GetAsync<RankCalculatorDto>($"/api/v1/plans/{_planId}/rank-calculator?rank=3");

        calculator.SurveyYear.ShouldBe(2024);
        calculator.RankedOf.ShouldBe(32);
        calculator.ProvinceRank.ShouldBe(5);
        calculator.ProvinceAtRankVi.ShouldBe("Thái Nguyên");
        calculator.Estimate!.Method.ShouldBe(Domain.Scores.EstimateMethod.SimpleMean);
    }

    [Test]
    public async Task ShouldWeightTheBaselineEstimateByPopulation_OnceFiguresAreImported()
    {
        (await GetAsync<PlanDto>($"/api/v1/plans/{_planId}")).BaselineEstimate!.Method.ShouldBe(Domain.Scores.EstimateMethod.SimpleMean);

        await Client.ImportPopulationsAsync("24,2024,1900000,Test figures", "27,2024,1500000,Test figures");

        var estimate = (await GetAsync<PlanDto>($"/api/v1/plans/{_planId}")).BaselineEstimate!;
        estimate.Method.ShouldBe(Domain.Scores.EstimateMethod.PopulationWeighted);
        estimate.From.Select(p => (p.NameVi, p.Population)).ShouldBe([("Bắc Giang", 1900000L), ("Bắc Ninh", 1500000L)], ignoreOrder: true);
    }

    private decimal? OfficialRank(string nameVi) => _official2024.Single(r => r.ProvinceNameVi == nameVi).Rank;
}
