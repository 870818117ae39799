using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.ActionItems;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Plans.Queries.GetCoverage;
using PapiTracker.Application.Plans.Queries.GetEffect;
using PapiTracker.Application.Plans.Queries.GetPlan;
using PapiTracker.Application.Plans.Queries.GetRankCalculator;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Plans;
using PapiTracker.Infrastructure.Data;
using PapiTracker.Application.Plans;

namespace PapiTracker.Api.IntegrationTests.Plans;

/// <summary>The demo's Bắc Giang 2021 plan against the official scores: what the Sở Nội vụ coordinator sees.</summary>
public sealed class BacGiangPlanTests : ApiTest
{
    private int _planId;

    [SetUp]
    public async Task SeedPlanAsync() => _planId = await TestActors.DemoPlanAsync();

    [Test]
    public async Task ShouldHoldThePlansTwentyOneActions_WithTheirUnits()
    {
        var plans = await GetAsync<PagedList<PlanSummaryDto>>("/api/v1/plans");
        var actions = await GetAsync<PagedList<ActionItemDto>>($"/api/v1/plans/{_planId}/actions?kind=Action&pageSize=200");

        (plans.Items.ShouldHaveSingleItem().Actions, plans.Items[0].BaselineYear, plans.Items[0].TargetYear).ShouldBe((21, 2020, 2021));
        actions.TotalCount.ShouldBe(21);
        var elections = actions.Items.Single(a => a.Code == "D1.a");
        elections.TextVi.ShouldStartWith("Triển khai thực hiện tốt các văn bản hướng dẫn về bầu cử.");
        elections.Units.Where(u => u.Role == ActionUnitRole.Lead).Select(u => u.NameVi).ShouldContain("Huyện Việt Yên");
        elections.Units.Where(u => u.Role == ActionUnitRole.Lead).Select(u => u.NameVi).ShouldContain("Thị trấn Nếnh");
        elections.Units.Where(u => u.Role == ActionUnitRole.Coordinating).Select(u => u.NameVi).ShouldBe(["Sở Nội vụ"]);
        elections.SubDimensions.ShouldBe(["1.1", "1.3"]);
        (await GetAsync<PagedList<ActionItemDto>>($"/api/v1/plans/{_planId}/actions?kind=Responsibility")).TotalCount.ShouldBe(28);
    }

    [Test]
    public async Task ShouldFilterActions()
    {
        int unit = await UnitIdAsync("BG-STT");

        var eResponses = await GetAsync<PagedList<ActionItemDto>>($"/api/v1/plans/{_planId}/actions?subDimension=8.3");
        var ledByInformation = await GetAsync<PagedList<ActionItemDto>>($"/api/v1/plans/{_planId}/actions?kind=Action&leadUnitId={unit}");
        var overdue = await GetAsync<PagedList<ActionItemDto>>($"/api/v1/plans/{_planId}/actions?deadlineState=Overdue");
        var elections = await GetAsync<PagedList<ActionItemDto>>($"/api/v1/plans/{_planId}/actions?search=b%E1%BA%A7u%20c%E1%BB%AD");

        eResponses.Items.ShouldHaveSingleItem().Code.ShouldBe("D8.d");
        // D1.b and D4.b are led by every provincial department, Sở TT&TT among them.
        ledByInformation.Items.Select(a => a.Code).ShouldBe(["D1.b", "D4.b", "D8.a", "D8.b", "D8.c", "D8.d"]);
        overdue.TotalCount.ShouldBe(0, "every action of the plan is recurring (thường xuyên)");
        elections.Items.Select(a => a.Code).ShouldContain("D1.a");
    }

    [Test]
    public async Task ShouldListMyUnitsActions_ForACommuneOfficer()
    {
        var officer = await TestActors.ClientWithRoleAsync(Role.UnitOfficer, await UnitIdAsync("222-X02"));

        var mine = (await officer.GetFromJsonAsync<PagedList<ActionItemDto>>($"/api/v1/plans/{_planId}/actions?kind=Action&mine=true&pageSize=200", Json))!;

        mine.Items.Select(a => a.Code).ShouldBe(["D1.a", "D1.b", "D1.c", "D2.a", "D2.b", "D2.c", "D4.b", "D6.c", "D6.d", "D7.b", "D8.b", "D8.d"]);
        mine.Items.ShouldAllBe(a => a.Units.Any(u => u.NameVi == "Thị trấn Nếnh"));
    }

    [Test]
    public async Task ShouldDeriveTargetProgressFromTheReleases()
    {
        await Client.ImportOfficialScoresAsync();

        var plan = await GetAsync<PlanDto>($"/api/v1/plans/{_planId}");

        var rank = plan.Targets.ShouldHaveSingleItem();
        (rank.Kind, rank.Value, rank.LowerIsBetter).ShouldBe((TargetKind.TotalRank, 8m, true));
        rank.Baseline.ShouldBe(new TargetYearValueDto(2020, 13m, false, Estimated: false));
        rank.Since[0].ShouldBe(new TargetYearValueDto(2021, null, null, Estimated: false), "Bắc Giang was not ranked in 2021");
        rank.MetInTargetYear.ShouldBeNull();
        rank.Since.Select(s => s.SurveyYear).ShouldBe([2021, 2022, 2023, 2024]);
    }

    [Test]
    public async Task ShouldShowCoverage_WithTheFallsThePlanAnswersAndTheGapsItLeaves()
    {
        await Client.ImportOfficialScoresAsync();

        var coverage = await GetAsync<CoverageDto>($"/api/v1/plans/{_planId}/coverage");

        coverage.SubDimensions.Count.ShouldBe(29);
        var eResponses = coverage.SubDimensions.Single(s => s.Code == "8.3");
        var water = coverage.SubDimensions.Single(s => s.Code == "7.3");
        (eResponses.Declined, eResponses.Actions, eResponses.IsGap).ShouldBe((true, 1, false));
        (water.Declined, water.Actions, water.IsGap).ShouldBe((true, 3, false));
        var justice = coverage.SubDimensions.Single(s => s.Code == "3.3");
        (justice.Declined, justice.Actions, justice.IsGap).ShouldBe((true, 0, true), "3.3 fell and no action of the plan targets it");
    }

    [Test]
    public async Task ShouldCalculateTheScoreThatReachedRankEight_In2020()
    {
        await Client.ImportOfficialScoresAsync();

        var answer = await GetAsync<RankCalculatorDto>($"/api/v1/plans/{_planId}/rank-calculator?rank=8&year=2020");

        (answer.ProvinceAtRankVi, answer.ScoreAtRank, answer.ProvinceScore, answer.ProvinceRank, answer.GapToRank)
            .ShouldBe(("Bến Tre", 44.629286081m, 44.317182244m, 13, 0.312103837m), "unrounded: PAPI prints 44.63, 44.32 and a gap of 0.31");
        answer.Dimensions.Count.ShouldBe(8);
        answer.Dimensions.ShouldAllBe(d => d.GapToBest >= 0);
        answer.NationalAverageChange.ShouldNotBeNull();
        answer.ScoreNeededIfOthersMoveByAverage.ShouldBe(44.629286081m + answer.NationalAverageChange);
        answer.NoteEn.ShouldContain("planning aid");
    }

    [Test]
    public async Task ShouldShowTheEffectOfTheActions_OnALaterRelease()
    {
        await Client.ImportOfficialScoresAsync();
        var eResponses = (await GetAsync<PagedList<ActionItemDto>>($"/api/v1/plans/{_planId}/actions?subDimension=8.3")).Items.Single();
        var information = eResponses.Units.First(u => u.Role == ActionUnitRole.Lead).UnitId;
        (await Client.PostAsJsonAsync($"/api/v1/action-items/{eResponses.Id}/progress",
            new { unitId = information, reportedOn = "2022-06-30", status = "Completed", percent = 100, narrative = "Phúc đáp 100% phản ánh" })).EnsureSuccessStatusCode();

        var effect = await GetAsync<EffectDto>($"/api/v1/plans/{_planId}/effect?year=2022");
        var unranked = await GetAsync<EffectDto>($"/api/v1/plans/{_planId}/effect?year=2021");

        (effect.BaselineYear, effect.SurveyYear, effect.BaselineVersion, effect.FrameworkVersion).ShouldBe((2020, 2022, "PAPI-2019", "PAPI-2021"));
        var row = effect.SubDimensions.Single(s => s.Code == "8.3");
        Math.Round(row.Baseline!.Value, 2).ShouldBe(0.35m);
        row.Change.ShouldBe(row.Now - row.Baseline);
        row.Actions.ShouldHaveSingleItem().ShouldBe(new TargetingActionDto(eResponses.Id, "D8.d", ActionStatus.Completed, 100));
        row.ActionsCompleted.ShouldBe(1);
        effect.SubDimensions.Single(s => s.Code == "5.2").ChangeUnavailableBecause.ShouldBe(Domain.Scores.ChangeUnavailableReason.FrameworkVersionChanged);
        unranked.SubDimensions.Where(s => s.Code != "5.2").ShouldAllBe(s => s.ChangeUnavailableBecause == Domain.Scores.ChangeUnavailableReason.NotScoredThisYear);
    }

    [Test]
    public async Task ShouldRefuseARankNoProvinceHolds()
    {
        await Client.ImportOfficialScoresAsync();

        using var response = await Client.GetAsync($"/api/v1/plans/{_planId}/rank-calculator?rank=64&year=2020");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("rank", out _).ShouldBeTrue();
    }

    [Test]
    public async Task ShouldHideThePlanFromAnotherProvince()
    {
        var other = await TestActors.UnitAsync(OrgUnitKind.Province, "Lạng Sơn");
        var stranger = await TestActors.ClientWithRoleAsync(Role.Coordinator, other.Id);

        using var plan = await stranger.GetAsync($"/api/v1/plans/{_planId}");
        var plans = (await stranger.GetFromJsonAsync<PagedList<PlanSummaryDto>>("/api/v1/plans", Json))!;

        await plan.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        plans.TotalCount.ShouldBe(0);
    }

    private static async Task<int> UnitIdAsync(string code)
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().OrgUnits.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
    }
}
