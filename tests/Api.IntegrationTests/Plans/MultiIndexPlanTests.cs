using System.Net;
using System.Net.Http.Json;
using PapiTracker.Application.ScoreReleases;
using PapiTracker.Application.Provinces;
using PapiTracker.Application.Plans;
using PapiTracker.Api.IntegrationTests.Frameworks;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.ActionItems;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Plans.Queries.GetCoverage;
using PapiTracker.Application.Plans.Queries.GetEffect;
using PapiTracker.Application.Plans.Queries.GetPlan;
using PapiTracker.Application.Plans.Queries.GetPlanOverview;
using PapiTracker.Application.Plans.Queries.GetPlans;
using PapiTracker.Application.Plans.Queries.GetRankCalculator;
using PapiTracker.Application.Provinces.Queries.SearchProvinces;
using PapiTracker.Application.ScoreReleases.Queries.GetRanking;
using PapiTracker.Domain.Plans;

namespace PapiTracker.Api.IntegrationTests.Plans;

/// <summary>
/// Bắc Giang's plan over PAPI and PCI, both from their 2022 releases: targets on each index, an action
/// that moves a PAPI sub-dimension and a PCI sub-index, and the gap analysis read per index. PCI's rows
/// for 2022–2023 come from the shared file (VCCI's published figures).
/// </summary>
public sealed class MultiIndexPlanTests : ApiTest
{
    private int _provinceId;
    private int _planId;

    [SetUp]
    public async Task ArrangeAsync()
    {
        await Client.ImportOfficialScoresAsync();
        await Client.DefineFromFileAsync("pci.json");
        var lines = await File.ReadAllLinesAsync(ReferenceFiles.Pci);
        await Client.ImportAsync("PCI", string.Join('\n', lines.Where((l, i) => i == 0 || l.StartsWith("2022,", StringComparison.Ordinal) || l.StartsWith("2023,", StringComparison.Ordinal))) + "\n");
        _provinceId = (await GetAsync<PagedList<ProvinceDto>>("/api/v1/provinces?search=bac%20giang")).Items.Single().Id;

        using var created = await Client.PostAsJsonAsync("/api/v1/plans", new
        {
            provinceId = _provinceId, titleVi = "Kế hoạch nâng cao PAPI và PCI giai đoạn 2023–2025", issuerVi = "UBND tỉnh Bắc Giang",
            baselineYear = 2022, targetYear = 2025,
            indices = new[] { new { framework = "PCI", baselineYear = 2022 } },
            targets = new object[]
            {
                new { kind = "TotalRank", value = 8 },
                new { kind = "SubDimensionScore", code = "8.3", value = 0.5 },
                new { framework = "PCI", kind = "TotalScore", value = 75 },
                new { framework = "PCI", kind = "SubDimensionScore", code = "land_access", value = 7.5 },
            },
        });
        await created.ShouldHaveStatusAsync(HttpStatusCode.Created);
        _planId = (await created.Content.ReadFromJsonAsync<PlanSummaryDto>(Json))!.Id;

        using var action = await Client.PostAsJsonAsync($"/api/v1/plans/{_planId}/actions", new
        {
            code = "D8.a", dimension = "8", subDimensions = new[] { "8.3", "PCI:land_access" },
            textVi = "Số hoá thủ tục đất đai trên Cổng dịch vụ công", dueDate = "2025-06-30", leadUnitIds = new[] { _provinceId },
        });
        await action.ShouldHaveStatusAsync(HttpStatusCode.Created);
        (await action.Content.ReadFromJsonAsync<ActionItemDto>(Json))!.SubDimensions.ShouldBe(["8.3", "PCI:land_access"]);
    }

    [Test]
    public async Task ThePlan_ShouldListBothIndices_AndFollowEachTargetOnItsOwnIndex()
    {
        var plan = await GetAsync<PlanDto>($"/api/v1/plans/{_planId}");

        plan.Indices.Select(i => (i.Framework, i.BaselineYear)).ShouldBe([("PAPI", 2022), ("PCI", 2022)]);
        plan.Targets.Select(t => (t.Framework, t.Kind, t.Code)).ShouldBe([
            ("PAPI", TargetKind.TotalRank, null), ("PAPI", TargetKind.SubDimensionScore, "8.3"),
            ("PCI", TargetKind.TotalScore, null), ("PCI", TargetKind.SubDimensionScore, "land_access")]);
        var pciTotal = plan.Targets[2];
        pciTotal.Baseline.ShouldBe(new TargetYearValueDto(2022, 72.8m, false, false), "VCCI's published 72.80 is the official figure");
        pciTotal.Since.ShouldBe([new TargetYearValueDto(2023, 69.75m, false, false)]);
        var land = plan.Targets[3];
        (land.Baseline!.Value, land.Since.Single().Value).ShouldBe((7.29m, 6.855806m));
        plan.Targets[1].Baseline!.SurveyYear.ShouldBe(2022);
    }

    [Test]
    public async Task Coverage_ShouldReadEachIndex_CountingTheActionInBoth()
    {
        var papi = await GetAsync<CoverageDto>($"/api/v1/plans/{_planId}/coverage");
        var pci = await GetAsync<CoverageDto>($"/api/v1/plans/{_planId}/coverage?framework=PCI");

        (papi.Framework, papi.BaselineYear).ShouldBe(("PAPI", 2022));
        papi.SubDimensions.Single(r => r.Code == "8.3").Actions.ShouldBe(1);
        (pci.Framework, pci.BaselineYear, pci.FrameworkVersion).ShouldBe(("PCI", 2022, "PCI-2022"));
        pci.SubDimensions.Select(r => r.Code).ShouldBe(
            ["entry_costs", "land_access", "transparency", "time_costs", "informal_charges", "policy_bias", "proactivity", "business_support", "labor_training", "legal_institutions"]);
        var land = pci.SubDimensions.Single(r => r.Code == "land_access");
        (land.Score, land.Actions).ShouldBe((7.29m, 1));
        pci.SubDimensions.Where(r => r.Code != "land_access").ShouldAllBe(r => r.Actions == 0);
    }

    [Test]
    public async Task Effect_ShouldSetEachIndexsChange_BesideTheActionsOnIt()
    {
        var pci = await GetAsync<EffectDto>($"/api/v1/plans/{_planId}/effect?framework=PCI&year=2023");
        var papi = await GetAsync<EffectDto>($"/api/v1/plans/{_planId}/effect?year=2023");

        (pci.Framework, pci.BaselineYear, pci.SurveyYear).ShouldBe(("PCI", 2022, 2023));
        var land = pci.SubDimensions.Single(r => r.Code == "land_access");
        (land.Baseline, land.Now, land.Change).ShouldBe((7.29m, 6.855806m, 6.855806m - 7.29m));
        land.Actions.Select(a => a.Code).ShouldBe(["D8.a"]);
        pci.SubDimensions.Single(r => r.Code == "transparency").Actions.ShouldBeEmpty();
        papi.Framework.ShouldBe("PAPI");
        papi.SubDimensions.Single(r => r.Code == "8.3").Actions.Select(a => a.Code).ShouldBe(["D8.a"]);
        papi.SubDimensions.Single(r => r.Code == "1.1").Actions.ShouldBeEmpty();
    }

    [Test]
    public async Task RankCalculator_ShouldComputeOnTheIndexAsked()
    {
        var ranking = (await GetAsync<PagedList<RankingRowDto>>("/api/v1/score-releases/2023/rankings?framework=PCI&pageSize=100")).Items;

        var pci = await GetAsync<RankCalculatorDto>($"/api/v1/plans/{_planId}/rank-calculator?rank=1&year=2023&framework=PCI");

        var first = ranking.Single(r => r.Rank == 1);
        (pci.Framework, pci.SurveyYear, pci.RankedOf).ShouldBe(("PCI", 2023, 30), "VCCI ranks only its top 30 from 2023");
        (pci.ProvinceAtRankVi, pci.ScoreAtRank).ShouldBe((first.ProvinceNameVi, first.Score!.Value));
        (pci.ProvinceScore, pci.ProvinceRank).ShouldBe((69.75m, ranking.Single(r => r.ProvinceId == _provinceId).Rank));
        pci.Dimensions.Single(d => d.Code == "land_access").ProvinceScore.ShouldBe(6.855806m);
        (await GetAsync<RankCalculatorDto>($"/api/v1/plans/{_planId}/rank-calculator?rank=1&year=2023")).Framework.ShouldBe("PAPI");
    }

    [Test]
    public async Task Overview_ShouldShowEveryIndexOfThePlan()
    {
        var overview = await GetAsync<PlanOverviewDto>($"/api/v1/plans/{_planId}/overview");

        overview.Indices.Select(i => (i.Framework, i.BaselineYear, i.Targets, i.Actions)).ShouldBe([("PAPI", 2022, 2, 1), ("PCI", 2022, 2, 1)]);
        overview.Indices[1].NameVi.ShouldBe("Chỉ số Năng lực cạnh tranh cấp tỉnh");
    }

    [Test]
    public async Task ShouldRefuseComponentsOutsideThePlansIndices_WithFieldErrors()
    {
        using var plan = await Client.PostAsJsonAsync("/api/v1/plans", new
        {
            provinceId = _provinceId, titleVi = "Kế hoạch", issuerVi = "UBND tỉnh", baselineYear = 2022, targetYear = 2025,
            indices = new[] { new { framework = "PCI", baselineYear = 2005 }, new { framework = "NOPE", baselineYear = 2022 } },
            targets = new object[]
            {
                new { framework = "PCI", kind = "SubDimensionScore", code = "8.3", value = 1 },
                new { framework = "PARX", kind = "TotalScore", value = 1 },
            },
        });
        using var twice = await Client.PostAsJsonAsync("/api/v1/plans", new
        {
            provinceId = _provinceId, titleVi = "Kế hoạch", issuerVi = "UBND tỉnh", baselineYear = 2022, targetYear = 2025,
            indices = new[] { new { framework = "PAPI", baselineYear = 2022 } }, targets = Array.Empty<object>(),
        });
        using var pciCode = await Client.PostAsJsonAsync("/api/v1/plans", new
        {
            provinceId = _provinceId, titleVi = "Kế hoạch", issuerVi = "UBND tỉnh", baselineYear = 2022, targetYear = 2025,
            indices = new[] { new { framework = "PCI", baselineYear = 2022 } },
            targets = new object[] { new { framework = "PCI", kind = "DimensionScore", code = "5", value = 1 } },
        });
        using var action = await Client.PostAsJsonAsync($"/api/v1/plans/{_planId}/actions", new
        {
            code = "X1", dimension = "PCI:8", subDimensions = new[] { "PCI:8.3", "DTI:digital_government", "PCI:land_access" },
            textVi = "Sai", dueDate = "2025-06-30", leadUnitIds = new[] { _provinceId },
        });
        using var coverage = await Client.GetAsync($"/api/v1/plans/{_planId}/coverage?framework=DTI");

        (await ErrorsOf(plan)).ShouldBe(["indices[0].baselineYear", "indices[1].framework", "targets[1].framework"], ignoreOrder: true);
        (await ErrorsOf(twice)).ShouldBe(["indices"]);
        (await ErrorsOf(pciCode)).ShouldBe(["targets[0].code"]);
        (await ErrorsOf(action)).ShouldBe(["dimension", "subDimensions[0]", "subDimensions[1]"], ignoreOrder: true);
        (await ErrorsOf(coverage)).ShouldBe(["framework"]);
        (await GetAsync<PagedList<PlanSummaryDto>>("/api/v1/plans")).TotalCount.ShouldBe(1);
        (await GetAsync<PagedList<ActionItemDto>>($"/api/v1/plans/{_planId}/actions")).TotalCount.ShouldBe(1);
    }

    private static async Task<List<string>> ErrorsOf(HttpResponseMessage response)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        return problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
    }
}
