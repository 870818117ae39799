using System.Net;
using System.Text.Json;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.ScoreReleases.Queries.GetScoreReleases;
using static PapiTracker.Api.IntegrationTests.Infrastructure.ScoreFileUploads;
using PapiTracker.Application.Provinces;

namespace PapiTracker.Api.IntegrationTests.ScoreReleases;

/// <summary>Any bad row refuses the whole file with every problem by row and column, and writes nothing.</summary>
public sealed class ImportRefusalTests : ApiTest
{
    private static readonly string GoodRow = Row(2020, "Bắc Giang", "Bac Giang", 1.5m);

    [SetUp]
    public async Task AddProvincesAsync()
    {
        await Client.AddProvinceAsync("Bắc Giang", "Bac Giang");
        await Client.AddProvinceAsync("Hà Nội", "Ha Noi");
    }

    [Test]
    public async Task ShouldImportAWellFormedFile()
    {
        using var response = await Client.UploadScoresAsync($"{Header}\n{GoodRow}\n{Row(2020, "Hà Nội", "Ha Noi", 1.2m)}\n");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await GetAsync<PagedList<ScoreReleaseDto>>("/api/v1/score-releases")).Items.ShouldHaveSingleItem().Provinces.ShouldBe(2);
    }

    [Test]
    public async Task ShouldRefuseUnknownColumn()
    {
        var csv = $"{Header},9.9\n{GoodRow},1.0\n";

        var problems = await RefusedAsync(csv);

        problems.ShouldContain(p => p.Row == 1 && p.Column == "9.9");
    }

    [Test]
    public async Task ShouldRefuseValueOutsideTheScale()
    {
        var csv = $"{Header}\n{GoodRow.Replace("2020,Bắc Giang,Bac Giang,1.5,", "2020,Bắc Giang,Bac Giang,2.6,")}\n";

        var problems = await RefusedAsync(csv);

        problems.ShouldHaveSingleItem().ShouldBe(new Problem(2, "1.1"));
    }

    [Test]
    public async Task ShouldRefuseDuplicateProvinceYear_EvenWrittenWithoutDiacritics()
    {
        var csv = $"{Header}\n{GoodRow}\n{Row(2020, "Bac Giang", "Bac Giang", 1.4m)}\n";

        var problems = await RefusedAsync(csv);

        problems.ShouldHaveSingleItem().ShouldBe(new Problem(3, "province_vi"));
    }

    [Test]
    public async Task ShouldRefuseNonNumbers_AndListEveryProblemOfTheFile()
    {
        var csv = $"{Header}\n{GoodRow.Replace(",1.5,", ",abc,")}\n{Row(2020, "Hà Nội", "Ha Noi", 1.2m).Replace(",1.2,", ",1,2,")}\nnăm,Lạng Sơn,Lang Son\n";

        var problems = await RefusedAsync(csv);

        problems.ShouldContain(new Problem(2, "1.1"));
        problems.ShouldContain(p => p.Row == 3);
        problems.ShouldContain(new Problem(4, "year"));
    }

    [Test]
    public async Task ShouldRefuseASubDimensionTheYearsFrameworkVersionDoesNotHave()
    {
        var row2021 = Row(2021, "Bắc Giang", "Bac Giang", 1.5m);
        var withConstructionPermits = string.Join(',', row2021.Split(',').Select((cell, i) => Header.Split(',')[i] == "5.2" ? "1.5" : cell));

        var problems = await RefusedAsync($"{Header}\n{withConstructionPermits}\n");

        problems.ShouldHaveSingleItem().ShouldBe(new Problem(2, "5.2"));
    }

    [Test]
    public async Task ShouldRefuseAYearNoFrameworkVersionCovers()
    {
        var problems = await RefusedAsync($"{Header}\n{Row(2010, "Bắc Giang", "Bac Giang", 1.5m)}\n");

        problems.ShouldHaveSingleItem().ShouldBe(new Problem(2, "year"));
    }

    [Test]
    public async Task ShouldRefuseAFileWithoutTheRequiredColumns()
    {
        var problems = await RefusedAsync("province,1.1\nBắc Giang,1.5\n");

        problems.ShouldContain(new Problem(1, "year"));
        problems.ShouldContain(new Problem(1, "province_vi"));
        problems.ShouldContain(new Problem(1, "province"));
    }

    [Test]
    public async Task ShouldKeepThePreviousRelease_WhenAReimportIsRefused()
    {
        (await Client.UploadScoresAsync($"{Header}\n{GoodRow}\n")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await RefusedAsync($"{Header}\n{GoodRow.Replace(",1.5,", ",99,")}\n{Row(2020, "Tỉnh Mới", "New Province", 1.2m)}\n");

        var release = (await GetAsync<PagedList<ScoreReleaseDto>>("/api/v1/score-releases")).Items.ShouldHaveSingleItem();
        release.Revision.ShouldBe(1);
        (await GetAsync<PagedList<ProvinceDto>>("/api/v1/provinces")).TotalCount.ShouldBe(2, "no province is created");
    }

    [Test]
    public async Task ShouldRefuseAFileOverTenMegabytes_With413()
    {
        var big = new byte[(10 * 1024 * 1024) + 1];
        Array.Fill(big, (byte)' ');

        using var response = await Client.UploadScoresAsync(big, "big.csv");

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        (await GetAsync<PagedList<ScoreReleaseDto>>("/api/v1/score-releases")).TotalCount.ShouldBe(0);
    }

    [Test]
    public async Task ShouldRefuseAnImageNamedCsv_With415()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

        using var response = await Client.UploadScoresAsync(png, "scores.csv", "text/csv");

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task ShouldRefuseAPdf_With415()
    {
        using var response = await Client.UploadScoresAsync("%PDF-1.7"u8.ToArray(), "scores.pdf", "application/pdf");

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task ShouldRefuseARequestWithoutAFile_With400()
    {
        using var response = await Client.PostAsync("/api/v1/score-releases/import", new MultipartFormDataContent { { new StringContent("x"), "other" } });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ShouldRefuseAnEmptyFile()
    {
        using var response = await Client.UploadScoresAsync([], "empty.csv");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("file", out _).ShouldBeTrue();
    }

    private sealed record Problem(int Row, string? Column);

    private async Task<List<Problem>> RefusedAsync(string csv)
    {
        using var response = await Client.UploadScoresAsync(csv);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").EnumerateObject().ShouldNotBeEmpty();
        return problem.GetProperty("problems").EnumerateArray()
            .Select(p => new Problem(p.GetProperty("row").GetInt32(), p.GetProperty("column").ValueKind == JsonValueKind.Null ? null : p.GetProperty("column").GetString()))
            .ToList();
    }
}
