using System.Net;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Provinces.Queries.GetProvinceProfile;
using PapiTracker.Domain.Scores;
using PapiTracker.Application.Provinces;
using PapiTracker.Application.ScoreReleases;

namespace PapiTracker.Api.IntegrationTests.Provinces;

/// <summary>
/// PAPI 2018–2024 scored the 63 old provinces; the 34 units of 1 July 2025 get estimates from their
/// predecessors (simple mean). The expected figures below were computed by hand from the shared score file:
/// new Bắc Ninh 2024 = (Bắc Giang 44.685405908 + Bắc Ninh 45.485666810) / 2.
/// </summary>
public sealed class ScoreLineageTests : ApiTest
{
    private const string Reform = Restructuring2025.Reform;
    private const decimal BacGiang2024 = 44.685405908m;
    private const decimal BacNinh2024 = 45.485666810m;
    private const decimal Precision = 0.000000001m;

    [SetUp]
    public async Task ImportAndRestructureAsync()
    {
        await Client.ImportOfficialScoresAsync();
        await Client.RestructureAsIn2025Async();
    }

    [Test]
    public async Task ShouldRankThe34UnitsOf2025_On2024Estimates_LabelledUnofficial()
    {
        var ranking = await GetAsync<PagedList<RankingRowDto>>($"/api/v1/score-releases/2024/rankings?as={Reform}");

        ranking.TotalCount.ShouldBe(34);
        ranking.Items.ShouldAllBe(r => !r.Official);
        ranking.Items.Count(r => r.Rank != null).ShouldBe(32, "two units have a predecessor with a missing value in 2024");
        var bacNinh = ranking.Items.Single(r => r.ProvinceNameVi == "Bắc Ninh");
        bacNinh.Score!.Value.ShouldBe((BacGiang2024 + BacNinh2024) / 2, Precision);
        bacNinh.Rank.ShouldBe(5);
        bacNinh.RankedOf.ShouldBe(32);
        bacNinh.Estimate!.Method.ShouldBe(EstimateMethod.SimpleMean);
        bacNinh.Estimate.Official.ShouldBeFalse();
        bacNinh.Estimate.From.Select(p => p.NameVi).ShouldBe(["Bắc Giang", "Bắc Ninh"], ignoreOrder: true);
        var quangNinh = ranking.Items.Single(r => r.ProvinceNameVi == "Quảng Ninh");
        quangNinh.Rank.ShouldBe(1);
        quangNinh.Estimate.ShouldBeNull("Quảng Ninh was not merged: its own official score, ranked among the 34");
    }

    [Test]
    public async Task ShouldLeaveTheOfficialRankingOf63Unchanged()
    {
        var official = await GetAsync<PagedList<RankingRowDto>>("/api/v1/score-releases/2024/rankings");

        official.TotalCount.ShouldBe(63);
        official.Items.ShouldAllBe(r => r.Official && r.Estimate == null);
        official.Items.Single(r => r.ProvinceNameVi == "Bắc Giang").Score!.Value.ShouldBe(BacGiang2024, Precision);
    }

    [Test]
    public async Task ShouldShowAMergedUnitsPredecessorsAndEstimates_NeverAsOfficialYears()
    {
        var profile = await GetAsync<ProvinceProfileDto>($"/api/v1/provinces/{await NewBacNinhAsync()}/profile");

        profile.Years.ShouldBeEmpty("the new Bắc Ninh was never surveyed");
        profile.Predecessors.Select(p => p.Province.NameVi).ShouldBe(["Bắc Giang", "Bắc Ninh"], ignoreOrder: true);
        profile.Predecessors.ShouldAllBe(p => p.Years.Count == 7 && p.Province.ActiveTo == new DateOnly(2025, 6, 30));
        profile.Estimates.Select(e => e.SurveyYear).ShouldBe([2018, 2019, 2020, 2022, 2023, 2024],
            "neither predecessor has a score in 2021");
        var estimate2024 = profile.Estimates.Single(e => e.SurveyYear == 2024);
        estimate2024.Result.Total.Score!.Value.ShouldBe((BacGiang2024 + BacNinh2024) / 2, Precision);
        estimate2024.Result.Total.Rank.ShouldBe(5);
        estimate2024.Estimate.Partial.ShouldBeFalse();
    }

    [Test]
    public async Task ShouldFillWhatAPredecessorLacks_OnlyWhenAPartialEstimateIsAskedFor_AndSaySo()
    {
        // 2022: Bắc Giang published no value for 1.1, old Bắc Ninh 1.350946665; for 6.1 Bắc Giang 2.145908356, Bắc Ninh 2.108806372.
        var id = await NewBacNinhAsync();
        var strict = (await GetAsync<ProvinceProfileDto>($"/api/v1/provinces/{id}/profile")).Estimates.Single(e => e.SurveyYear == 2022);
        var partial = (await GetAsync<ProvinceProfileDto>($"/api/v1/provinces/{id}/profile?partial=true")).Estimates.Single(e => e.SurveyYear == 2022);

        SubDimension(strict.Result, "1.1").ShouldBeNull();
        SubDimension(strict.Result, "6.1")!.Value.ShouldBe((2.145908356m + 2.108806372m) / 2, Precision);
        strict.Result.Total.Score.ShouldBeNull();
        strict.Estimate.Partial.ShouldBeFalse();
        SubDimension(partial.Result, "1.1")!.Value.ShouldBe(1.350946665m, Precision);
        partial.Estimate.Partial.ShouldBeTrue();
        partial.Estimate.From.Count.ShouldBe(2);
    }

    [Test]
    public async Task ShouldNameThePredecessorsSuccessor_InItsProfile()
    {
        var provinces = await GetAsync<PagedList<ProvinceDto>>("/api/v1/provinces?search=bac%20giang");
        var bacGiang = provinces.Items.Single(p => p.NameVi == "Bắc Giang");

        var profile = await GetAsync<ProvinceProfileDto>($"/api/v1/provinces/{bacGiang.Id}/profile");

        profile.Years.Count.ShouldBe(7);
        profile.Successor!.NameVi.ShouldBe("Bắc Ninh");
        profile.Successor.ActiveFrom.ShouldBe(new DateOnly(2025, 7, 1));
        profile.Estimates.ShouldBeEmpty();
    }

    [TestCase("as=yesterday")]
    [TestCase("as=2025-07-01&dimension=9")]
    [TestCase("as=2025-07-01&sort=best")]
    public async Task ShouldRefuseABadEstimatedRankingRequest(string query)
    {
        using var response = await Client.GetAsync($"/api/v1/score-releases/2024/rankings?{query}");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ShouldGive404_ForAnEstimatedRankingOfAYearWithNoRelease()
    {
        using var response = await Client.GetAsync($"/api/v1/score-releases/2017/rankings?as={Reform}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private static decimal? SubDimension(Application.Scores.ProvinceYearResultDto result, string code) =>
        result.Dimensions.SelectMany(d => d.SubDimensions).Single(s => s.Code == code).Value;

    private async Task<int> NewBacNinhAsync() =>
        await Client.NewBacNinhAsync();

}
