using System.Net;
using System.Net.Http.Json;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Provinces.Queries.GetProvinceProfile;
using PapiTracker.Application.ScoreReleases.Queries.GetScoreReleases;
using PapiTracker.Domain.Scores;
using PapiTracker.Application.ScoreReleases;

namespace PapiTracker.Api.IntegrationTests.ScoreReleases;

/// <summary>
/// The official 2018–2024 file, imported through HTTP, must give the figures the Bắc Giang plan quotes. The
/// provinces are the official list's (provinces-2025.csv, old side), so they carry its names ("Bà Rịa - Vũng Tàu").
/// </summary>
public sealed class OfficialScoresTests : ApiTest
{
    [Test]
    public async Task ShouldImportEveryYear_WithTheRightFrameworkVersion()
    {
        var result = await Client.ImportOfficialScoresAsync();

        result.Years.Select(y => (y.SurveyYear, y.FrameworkVersion, y.Provinces, y.Replaced)).ShouldBe(
        [
            (2018, "PAPI-2018", 63, false), (2019, "PAPI-2019", 63, false), (2020, "PAPI-2019", 63, false),
            (2021, "PAPI-2021", 63, false), (2022, "PAPI-2021", 63, false), (2023, "PAPI-2021", 63, false), (2024, "PAPI-2021", 63, false),
        ]);
        result.DryRun.ShouldBeFalse();
        result.Sha256.Length.ShouldBe(64);
        var releases = await GetAsync<PagedList<ScoreReleaseDto>>("/api/v1/score-releases");
        releases.TotalCount.ShouldBe(7);
        releases.Items[0].SurveyYear.ShouldBe(2024);
    }

    [Test]
    public async Task ShouldRankBacGiang13thOf63In2020_Down9PlacesAnd172Points()
    {
        await Client.ImportOfficialScoresAsync();

        var ranking = await GetAsync<PagedList<RankingRowDto>>("/api/v1/score-releases/2020/rankings");

        ranking.TotalCount.ShouldBe(63);
        var bacGiang = ranking.Items.Single(r => r.ProvinceNameVi == "Bắc Giang");
        bacGiang.Score.ShouldBe(44.317182244m, "the sum of the file's values, unrounded (PAPI prints 44.32)");
        bacGiang.Rank.ShouldBe(13);
        bacGiang.RankedOf.ShouldBe(63);
        // The plan's -1.72 subtracts the printed totals (44.32 - 46.04); the change of the unrounded totals is -1.7256.
        bacGiang.ScoreDelta.ShouldBe(-1.725595949m);
        bacGiang.RankChange.ShouldBe(-9);
        bacGiang.Group.ShouldBe(PerformanceGroup.Best);
        ranking.Items.Select(r => r.Rank).ShouldBe(ranking.Items.Select(r => r.Rank).Order());
        ranking.Items.Count(r => r.Group == PerformanceGroup.Best).ShouldBe(16);
        ranking.Items.Select(r => r.Group).ShouldBe(ranking.Items.Select(r => r.Group).Order(), "groups follow ranks");
    }

    [Test]
    public async Task ShouldGiveBacGiangDimensionScoresAndChanges_AsThePlanQuotes()
    {
        await Client.ImportOfficialScoresAsync();
        var bacGiangId = (await GetAsync<PagedList<RankingRowDto>>("/api/v1/score-releases/2020/rankings")).Items.Single(r => r.ProvinceNameVi == "Bắc Giang").ProvinceId;

        var profile = await GetAsync<ProvinceProfileDto>($"/api/v1/provinces/{bacGiangId}/profile");

        var year2020 = profile.Years.Single(y => y.SurveyYear == 2020);
        Math.Round(year2020.Total.Score!.Value, 2).ShouldBe(44.32m);
        var planQuotes = new Dictionary<string, (decimal Score, decimal Delta)>
        {
            ["1"] = (5.48m, -0.10m), ["2"] = (5.51m, -0.13m), ["3"] = (5.15m, 0.17m), ["4"] = (6.98m, -0.03m),
            ["5"] = (7.61m, 0.08m), ["6"] = (7.13m, -0.41m), ["7"] = (3.27m, -0.60m), ["8"] = (3.19m, -0.70m),
        };
        foreach (var (code, (score, delta)) in planQuotes)
        {
            var dimension = year2020.Dimensions.Single(d => d.Code == code);
            Math.Round(dimension.Score.Score!.Value, 2).ShouldBe(score, $"dimension {code}");
            // The plan subtracts printed figures; the change of the unrounded scores is within a rounding step of it.
            dimension.Score.Delta!.Value.ShouldBe(delta, 0.01m, $"dimension {code} change");
        }
        year2020.Dimensions.SelectMany(d => d.SubDimensions).Count().ShouldBe(29);
        year2020.Dimensions.Single(d => d.Code == "8").SubDimensions.Single(s => s.Code == "8.3").Delta.ShouldNotBeNull().ShouldBeLessThan(0);
        year2020.Dimensions.Single(d => d.Code == "7").SubDimensions.Single(s => s.Code == "7.3").Delta.ShouldNotBeNull().ShouldBeLessThan(0);
    }

    [Test]
    public async Task ShouldLeaveBacGiangUnranked2021_AndRankOnly60()
    {
        await Client.ImportOfficialScoresAsync();

        var ranking = await GetAsync<PagedList<RankingRowDto>>("/api/v1/score-releases/2021/rankings");

        var bacGiang = ranking.Items.Single(r => r.ProvinceNameVi == "Bắc Giang");
        bacGiang.Rank.ShouldBeNull();
        bacGiang.Score.ShouldBeNull();
        bacGiang.Group.ShouldBeNull();
        bacGiang.ChangeUnavailableBecause.ShouldBe(ChangeUnavailableReason.NotScoredThisYear);
        bacGiang.RankedOf.ShouldBe(60);
        ranking.Items.Count(r => r.Rank is not null).ShouldBe(60);
        ranking.Items.TakeLast(3).ShouldAllBe(r => r.Rank == null);
    }

    [Test]
    public async Task ShouldNotCompareTotalsAcrossFrameworkVersions_ButShouldCompareUnchangedDimensions()
    {
        await Client.ImportOfficialScoresAsync();

        var total = await GetAsync<PagedList<RankingRowDto>>("/api/v1/score-releases/2022/rankings");
        var participation = await GetAsync<PagedList<RankingRowDto>>("/api/v1/score-releases/2021/rankings?dimension=1");
        var procedures = await GetAsync<PagedList<RankingRowDto>>("/api/v1/score-releases/2021/rankings?dimension=5");

        total.Items.Where(r => r.Rank is not null).ShouldContain(r => r.ScoreDelta != null);
        var ranked2021 = (await GetAsync<PagedList<RankingRowDto>>("/api/v1/score-releases/2021/rankings")).Items.Where(r => r.Rank != null).ToList();
        ranked2021.Count.ShouldBe(60);
        ranked2021.ShouldAllBe(r => r.ChangeUnavailableBecause == ChangeUnavailableReason.FrameworkVersionChanged);
        participation.Items.Where(r => r.Rank != null).ShouldAllBe(r => r.ScoreDelta != null);
        procedures.Items.ShouldAllBe(r => r.ChangeUnavailableBecause != null && r.ScoreDelta == null);
        procedures.Items.Where(r => r.Rank != null).ShouldAllBe(r => r.ChangeUnavailableBecause == ChangeUnavailableReason.FrameworkVersionChanged);
    }

    [Test]
    public async Task ShouldReplaceAYearOnReimport_WithoutDuplicatingAnything()
    {
        await Client.ImportOfficialScoresAsync();

        var again = await Client.ImportOfficialScoresAsync();

        again.Years.ShouldAllBe(y => y.Replaced && y.Revision == 2);
        again.Years.ShouldAllBe(y => y.Changes.ValuesChanged == 0 && !y.Changes.NeedsConfirmation);
        (await GetAsync<PagedList<ScoreReleaseDto>>("/api/v1/score-releases")).TotalCount.ShouldBe(7);
        var ranking = await GetAsync<PagedList<RankingRowDto>>("/api/v1/score-releases/2020/rankings");
        ranking.TotalCount.ShouldBe(63);
        ranking.Items.Single(r => r.ProvinceNameVi == "Bắc Giang").Rank.ShouldBe(13);
    }

    [Test]
    public async Task ShouldAnswer304_WhileTheRankingIsUnchanged_AndANewTagOnceAReimportChangesIt()
    {
        await Client.ImportOfficialScoresAsync();
        const string url = "/api/v1/score-releases/2020/rankings";
        async Task<HttpResponseMessage> GetIfNoneMatchAsync(string? tag)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (tag is not null)
                request.Headers.TryAddWithoutValidation("If-None-Match", tag);
            return await Client.SendAsync(request);
        }

        using var first = await GetIfNoneMatchAsync(null);
        var tag = first.Headers.ETag?.Tag;
        using var unchanged = await GetIfNoneMatchAsync(tag);
        await Client.ImportOfficialScoresAsync();
        using var sameValuesReimported = await GetIfNoneMatchAsync(tag);
        (await Client.UploadScoresAsync($"{ScoreFileUploads.Header}\n{ScoreFileUploads.Row(2020, "Bắc Giang", "Bac Giang", 0.5m)}", query: "?confirm=true")).EnsureSuccessStatusCode();
        using var changed = await GetIfNoneMatchAsync(tag);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        tag.ShouldNotBeNull();
        first.Headers.CacheControl?.NoCache.ShouldBe(true);
        unchanged.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await unchanged.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
        sameValuesReimported.StatusCode.ShouldBe(HttpStatusCode.NotModified, "the tag is the content's: same numbers, same tag");
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        changed.Headers.ETag?.Tag.ShouldNotBe(tag);
        (await changed.Content.ReadFromJsonAsync<PagedList<RankingRowDto>>(Json))!.TotalCount.ShouldBe(1, "the re-import replaced 2020 with one province");
    }

    [Test]
    public async Task ShouldCompressGetAnswers_ButNotSignIn()
    {
        await Client.ImportOfficialScoresAsync();
        using var ranking = new HttpRequestMessage(HttpMethod.Get, "/api/v1/score-releases/2020/rankings");
        ranking.Headers.AcceptEncoding.ParseAdd("br");
        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login")
        {
            Content = JsonContent.Create(new { userName = "nobody", password = "Wrong-Password-1" }),
        };
        signIn.Headers.AcceptEncoding.ParseAdd("br");

        using var compressed = await Client.SendAsync(ranking);
        using var plain = await Anonymous.SendAsync(signIn);

        compressed.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        plain.Content.Headers.ContentEncoding.ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldSortRankingByName_InVietnameseOrder()
    {
        await Client.ImportOfficialScoresAsync();

        var byName = await GetAsync<PagedList<RankingRowDto>>("/api/v1/score-releases/2020/rankings?sort=name&pageSize=5");

        byName.Items.Count.ShouldBe(5);
        byName.TotalCount.ShouldBe(63);
        byName.Items.Select(r => r.ProvinceNameVi).ShouldBe(["An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn"]);
    }

    [Test]
    public async Task ShouldGive404_ForAYearWithNoRelease()
    {
        await Client.ImportOfficialScoresAsync();

        using var response = await Client.GetAsync("/api/v1/score-releases/2017/rankings");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
