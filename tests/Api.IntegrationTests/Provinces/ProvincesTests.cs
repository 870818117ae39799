using System.Net;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Provinces.Queries.CompareProvinces;
using PapiTracker.Application.Provinces.Queries.GetProvinceProfile;
using PapiTracker.Domain.Scores;
using static PapiTracker.Api.IntegrationTests.Infrastructure.ScoreFileUploads;
using PapiTracker.Application.Provinces;

namespace PapiTracker.Api.IntegrationTests.Provinces;

public sealed class ProvincesTests : ApiTest
{
    [SetUp]
    public async Task AddProvincesAsync()
    {
        foreach (var (vi, en) in new[] { ("Bắc Giang", "Bac Giang"), ("Bắc Ninh", "Bac Ninh"), ("Hà Nội", "Ha Noi"), ("Lạng Sơn", "Lang Son") })
            await Client.AddProvinceAsync(vi, en);
    }

    [TestCase("bac giang")]
    [TestCase("Bắc Giang")]
    [TestCase("BAC GIANG")]
    [TestCase("bắc")]
    public async Task ShouldFindAProvince_WithOrWithoutDiacritics(string search)
    {
        await ImportAsync(Row(2020, "Bắc Giang", "Bac Giang", 1.5m), Row(2020, "Bắc Ninh", "Bac Ninh", 1.4m), Row(2020, "Hà Nội", "Ha Noi", 1.2m));

        var found = await GetAsync<PagedList<ProvinceDto>>($"/api/v1/provinces?search={Uri.EscapeDataString(search)}");

        found.Items.ShouldContain(p => p.NameVi == "Bắc Giang");
        found.Items.ShouldNotContain(p => p.NameVi == "Hà Nội");
    }

    [Test]
    public async Task ShouldMatchAnExistingProvinceByItsAsciiName_OnImport()
    {
        await ImportAsync(Row(2019, "Bắc Giang", "Bac Giang", 1.5m));

        await ImportAsync(Row(2020, "Bac Giang", "", 1.4m));

        var provinces = await GetAsync<PagedList<ProvinceDto>>("/api/v1/provinces?search=bac giang");
        provinces.Items.ShouldHaveSingleItem().NameVi.ShouldBe("Bắc Giang");
        (await GetAsync<PagedList<ProvinceDto>>("/api/v1/provinces")).TotalCount.ShouldBe(4);
    }

    [Test]
    public async Task ShouldShowAProfileAcrossYears_WithDeltasAndReasons()
    {
        await ImportAsync(Row(2018, "Bắc Giang", "Bac Giang", 1.5m), Row(2019, "Bắc Giang", "Bac Giang", 1.5m), Row(2020, "Bắc Giang", "Bac Giang", 1.6m));
        var id = (await GetAsync<PagedList<ProvinceDto>>("/api/v1/provinces?search=bac giang")).Items.Single().Id;

        var profile = await GetAsync<ProvinceProfileDto>($"/api/v1/provinces/{id}/profile");

        profile.Years.Select(y => y.SurveyYear).ShouldBe([2018, 2019, 2020]);
        profile.Years[0].Total.ChangeUnavailableBecause.ShouldBe(ChangeUnavailableReason.NoPreviousRelease);
        profile.Years[1].Total.ChangeUnavailableBecause.ShouldBe(ChangeUnavailableReason.FrameworkVersionChanged);
        profile.Years[1].Dimensions.Single(d => d.Code == "1").Score.Delta.ShouldBe(0m, "dimension 1 kept its structure in 2019");
        profile.Years[2].Total.Rank.ShouldBe(1);
        profile.Years[2].Total.RankedOf.ShouldBe(1);
        // 20 sub-dimensions 0.1 higher, the 9 of dimensions 3, 7 and 8 (larger scale) 0.13 higher.
        profile.Years[2].Total.Delta.ShouldBe(3.17m);
    }

    [Test]
    public async Task ShouldGive404_ForAnUnknownProvince()
    {
        using var response = await Client.GetAsync("/api/v1/provinces/987654/profile");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ShouldCompareProvincesSideBySide()
    {
        await ImportAsync(Row(2020, "Bắc Giang", "Bac Giang", 1.5m), Row(2020, "Hà Nội", "Ha Noi", 1.2m), Row(2020, "Lạng Sơn", "Lang Son", 1.4m));
        var ids = (await GetAsync<PagedList<ProvinceDto>>("/api/v1/provinces")).Items.ToDictionary(p => p.NameVi, p => p.Id);

        var comparison = await GetAsync<ProvinceComparisonDto>($"/api/v1/provinces/comparison?year=2020&provinceIds={ids["Hà Nội"]}&provinceIds={ids["Bắc Giang"]}");

        comparison.FrameworkVersion.ShouldBe("PAPI-2019");
        comparison.Provinces.Select(p => p.Province.NameVi).ShouldBe(["Hà Nội", "Bắc Giang"]);
        comparison.Provinces.Select(p => p.Result!.Total.Rank).ShouldBe([3, 1]);
        comparison.Provinces[1].Result!.Dimensions.Count.ShouldBe(8);
    }

    [Test]
    public async Task ShouldRefuseAComparisonWithoutProvinces_With400()
    {
        using var response = await Client.GetAsync("/api/v1/provinces/comparison?year=2020");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("provinceIds", out _).ShouldBeTrue();
    }

    private async Task ImportAsync(params string[] rows)
    {
        using var response = await Client.UploadScoresAsync($"{Header}\n{string.Join('\n', rows)}\n");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }
}
