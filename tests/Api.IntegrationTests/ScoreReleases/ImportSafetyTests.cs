using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.ApiTokens.Commands.CreateApiToken;
using PapiTracker.Application.Audit.Queries.GetAuditEntries;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.OrgUnits;
using PapiTracker.Application.ScoreReleases.Commands.ImportScoreRelease;
using PapiTracker.Application.ScoreReleases.Commands.RestoreReleaseRevision;
using PapiTracker.Application.ScoreReleases.Queries.GetReleaseRevision;
using PapiTracker.Application.ScoreReleases.Queries.GetScoreReleases;
using PapiTracker.Domain.Auditing;
using PapiTracker.Domain.Scores;
using PapiTracker.Infrastructure.Data;
using static PapiTracker.Api.IntegrationTests.Infrastructure.ScoreFileUploads;
using PapiTracker.Application.ScoreReleases;

namespace PapiTracker.Api.IntegrationTests.ScoreReleases;

/// <summary>
/// An import never silently destroys an official release: a file must be the whole published table, its
/// provinces must exist, a re-import says what it changes and a destructive one needs a confirmation, and
/// every revision is kept, readable, restorable and in the audit trail.
/// </summary>
public sealed class ImportSafetyTests : ApiTest
{
    private const string Ranking2020 = "/api/v1/score-releases/2020/rankings";

    [Test]
    public async Task ShouldRefuseTheMalformedUpload_OfTheIssue_AndKeepTheRelease()
    {
        await Client.ImportOfficialScoresAsync();
        var unitsBefore = (await GetAsync<PagedList<OrgUnitDto>>("/api/v1/org-units?includeInactive=true")).TotalCount;

        using var response = await Client.UploadScoresAsync($"year,province_vi\n2020,{new string('x', 40)}\n");

        var problems = await ProblemsAsync(response);
        problems.ShouldContain(new Problem(1, "1.1"));
        problems.ShouldContain(new Problem(1, "8.3"));
        problems.ShouldContain(new Problem(2, "province_vi"));
        (await GetAsync<PagedList<RankingRowDto>>(Ranking2020)).TotalCount.ShouldBe(63);
        (await GetAsync<PagedList<OrgUnitDto>>("/api/v1/org-units?includeInactive=true")).TotalCount.ShouldBe(unitsBefore);
        (await RevisionsAsync(2020)).ShouldHaveSingleItem().Number.ShouldBe(1);
    }

    [Test]
    public async Task ShouldRefuseAFileMissingASubDimensionColumn_EvenWithEveryProvinceKnown()
    {
        await Client.AddProvinceAsync("Bắc Giang", "Bac Giang");
        var header = Header.Replace(",7.3", "");
        var row = string.Join(',', Row(2020, "Bắc Giang", "Bac Giang", 1.5m).Split(',').Where((_, i) => Header.Split(',')[i] != "7.3"));

        using var response = await Client.UploadScoresAsync($"{header}\n{row}\n");

        (await ProblemsAsync(response)).ShouldBe([new Problem(1, "7.3")]);
        (await GetAsync<PagedList<ScoreReleaseDto>>("/api/v1/score-releases")).TotalCount.ShouldBe(0);
    }

    [Test]
    public async Task ShouldAcceptAFileWithout83_For2018Only()
    {
        await Client.AddProvinceAsync("Bắc Giang", "Bac Giang");
        var header = Header.Replace(",8.3", "");
        string Without83(string row) => row[..row.LastIndexOf(',')];

        using var only2018 = await Client.UploadScoresAsync($"{header}\n{Without83(Row(2018, "Bắc Giang", "Bac Giang", 1.5m))}\n");
        using var with2019 = await Client.UploadScoresAsync($"{header}\n{Without83(Row(2019, "Bắc Giang", "Bac Giang", 1.5m))}\n");

        await only2018.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await ProblemsAsync(with2019)).ShouldBe([new Problem(1, "8.3")]);
    }

    [Test]
    public async Task ShouldRefuseAnUnknownProvince_ByRow_AndCreateNone()
    {
        await Client.AddProvinceAsync("Bắc Giang", "Bac Giang");

        using var response = await Client.UploadScoresAsync($"{Header}\n{Row(2020, "Bắc Giang", "Bac Giang", 1.5m)}\n{Row(2020, "Tỉnh Mới", "New Province", 1.2m)}\n");

        (await ProblemsAsync(response)).ShouldBe([new Problem(3, "province_vi")]);
        (await GetAsync<PagedList<OrgUnitDto>>("/api/v1/org-units?kind=Province")).TotalCount.ShouldBe(1);
    }

    [Test]
    public async Task ShouldMatchTheOfficialNames_ToThePapiFilesSpelling()
    {
        var result = await Client.ImportOfficialScoresAsync();

        result.Years.ShouldAllBe(y => y.Provinces == 63);
        var names = (await GetAsync<PagedList<RankingRowDto>>(Ranking2020)).Items.Select(r => r.ProvinceNameVi).ToList();
        names.ShouldContain("Thành phố Hồ Chí Minh");
        names.ShouldContain("Bà Rịa - Vũng Tàu");
        names.ShouldContain("Thừa Thiên Huế");
        (await GetAsync<PagedList<OrgUnitDto>>("/api/v1/org-units?kind=Province")).TotalCount.ShouldBe(63);
    }

    [Test]
    public async Task ShouldMatchAReusedName_AmongTheProvincesOfTheSurveyYear()
    {
        var oldBacNinh = await Client.AddProvinceAsync("Bắc Ninh", "Bac Ninh", "27");
        var newBacNinh = await Client.AddProvinceAsync("Bắc Ninh", "Bac Ninh", "24N", new DateOnly(2025, 7, 1));
        using (var merge = await Client.PostAsJsonAsync("/api/v1/org-units/merge", new { unitIds = new[] { oldBacNinh.Id }, successorId = newBacNinh.Id, effectiveOn = "2025-07-01" }))
            await merge.ShouldHaveStatusAsync(HttpStatusCode.OK);

        using var response = await Client.UploadScoresAsync($"{Header}\n{Row(2024, "Bắc Ninh", "Bac Ninh", 1.5m)}\n{Row(2025, "Bac Ninh", "Bac Ninh", 1.4m)}\n");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await GetAsync<PagedList<RankingRowDto>>("/api/v1/score-releases/2024/rankings")).Items.ShouldHaveSingleItem().ProvinceId.ShouldBe(oldBacNinh.Id);
        (await GetAsync<PagedList<RankingRowDto>>("/api/v1/score-releases/2025/rankings")).Items.ShouldHaveSingleItem().ProvinceId.ShouldBe(newBacNinh.Id);
    }

    [Test]
    public async Task ShouldPreviewAReimport_WithoutWritingAnything()
    {
        await Client.ImportOfficialScoresAsync();
        var file = await Official2020Async(bacGiangValue: "0.25");

        var preview = await ImportAsync(file, "?dryRun=true");

        preview.DryRun.ShouldBeTrue();
        var year = preview.Years.ShouldHaveSingleItem();
        (year.SurveyYear, year.Replaced, year.Revision).ShouldBe((2020, true, 2));
        year.Changes.ProvincesChanged.Select(p => p.NameVi).ShouldBe(["Bắc Giang"]);
        (year.Changes.ProvincesAdded.Count, year.Changes.ProvincesRemoved.Count).ShouldBe((0, 0));
        var change = year.Changes.ValueChanges.ShouldHaveSingleItem();
        (change.ProvinceNameVi, change.SubDimension, change.After).ShouldBe(("Bắc Giang", "1.1", 0.25m));
        year.Changes.RankMoves.ShouldContain(m => m.ProvinceNameVi == "Bắc Giang" && m.Before == 13 && m.After > 13);
        year.Changes.NeedsConfirmation.ShouldBeFalse();
        (await RevisionsAsync(2020)).ShouldHaveSingleItem();
        (await GetAsync<PagedList<RankingRowDto>>(Ranking2020)).Items.Single(r => r.ProvinceNameVi == "Bắc Giang").Rank.ShouldBe(13);
    }

    [Test]
    public async Task ShouldApplyACorrection_WithoutConfirmation()
    {
        await Client.ImportOfficialScoresAsync();

        var result = await ImportAsync(await Official2020Async(bacGiangValue: "0.25"));

        result.Years.ShouldHaveSingleItem().Revision.ShouldBe(2);
        (await GetAsync<PagedList<RankingRowDto>>(Ranking2020)).Items.Single(r => r.ProvinceNameVi == "Bắc Giang").Rank.ShouldNotBeNull().ShouldBeGreaterThan(13);
    }

    [Test]
    public async Task ShouldAnswer409WithThePreview_WhenAReimportRemovesAProvince_AndReplaceOnlyWhenConfirmed()
    {
        await Client.ImportOfficialScoresAsync();
        var withoutHanoi = string.Join('\n', (await Official2020Async()).Split('\n').Where(l => !l.StartsWith("2020,Hà Nội,")));

        using var refused = await Client.UploadScoresAsync(withoutHanoi);

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var year = problem.GetProperty("years").EnumerateArray().ShouldHaveSingleItem();
        var changes = year.GetProperty("changes");
        changes.GetProperty("needsConfirmation").GetBoolean().ShouldBeTrue();
        changes.GetProperty("provincesRemoved").EnumerateArray().Select(p => p.GetProperty("nameVi").GetString()).ShouldBe(["Thành phố Hà Nội"]);
        (await GetAsync<PagedList<RankingRowDto>>(Ranking2020)).TotalCount.ShouldBe(63);
        (await RevisionsAsync(2020)).ShouldHaveSingleItem();
        await using (var scope = TestRun.Factory.Services.CreateAsyncScope())
        {
            var refusal = await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().AuditEntries
                .SingleAsync(e => e.Action == Domain.Auditing.AuditAction.Refused);
            refusal.EntityType.ShouldBe("ImportScoreRelease");
            refusal.Changes.ShouldContain("409");
        }

        var confirmed = await ImportAsync(withoutHanoi, "?confirm=true");

        confirmed.Years.ShouldHaveSingleItem().Changes.ProvincesRemoved.Count.ShouldBe(1);
        (await GetAsync<PagedList<RankingRowDto>>(Ranking2020)).TotalCount.ShouldBe(62);
    }

    [Test]
    public async Task ShouldAsk409_WhenAReimportChangesMoreThanATenthOfTheValues()
    {
        await Client.AddProvinceAsync("Bắc Giang", "Bac Giang");
        await Client.AddProvinceAsync("Hà Nội", "Ha Noi");
        await ImportAsync($"{Header}\n{Row(2020, "Bắc Giang", "Bac Giang", 1.5m)}\n{Row(2020, "Hà Nội", "Ha Noi", 1.2m)}\n");
        var rewritten = $"{Header}\n{Row(2020, "Bắc Giang", "Bac Giang", 1.4m)}\n{Row(2020, "Hà Nội", "Ha Noi", 1.2m)}\n";

        using var refused = await Client.UploadScoresAsync(rewritten);
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var changes = problem.GetProperty("years")[0].GetProperty("changes");
        var confirmed = await ImportAsync(rewritten, "?confirm=true");

        changes.GetProperty("valuesChanged").GetInt32().ShouldBe(29);
        changes.GetProperty("shareOfValuesChanged").GetDecimal().ShouldBe(0.5m);
        changes.GetProperty("confirmationReasons").GetArrayLength().ShouldBe(1);
        confirmed.Years.ShouldHaveSingleItem().Revision.ShouldBe(2);
    }

    [Test]
    public async Task ShouldApplyTheSameRules_ToAnApiTokenWithScoresImport()
    {
        var bacGiang = await Client.AddProvinceAsync("Bắc Giang", "Bac Giang");
        await Client.AddProvinceAsync("Hà Nội", "Ha Noi");
        await ImportAsync($"{Header}\n{Row(2020, "Bắc Giang", "Bac Giang", 1.5m)}\n{Row(2020, "Hà Nội", "Ha Noi", 1.2m)}\n");
        using var minted = await Client.PostAsJsonAsync("/api/v1/api-tokens",
            new { name = "Cổng dữ liệu", scopes = new[] { "scores:import" }, unitId = bacGiang.Id, expiresAt = DateTimeOffset.UtcNow.AddDays(1) });
        await minted.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var token = (await minted.Content.ReadFromJsonAsync<CreatedApiTokenDto>(Json))!;
        using var integration = TestActors.ClientWithApiKey(token.Secret);

        using var removing = await integration.UploadScoresAsync($"{Header}\n{Row(2020, "Bắc Giang", "Bac Giang", 1.5m)}\n");
        using var unknown = await integration.UploadScoresAsync($"{Header}\n{Row(2020, "Tỉnh Mới", "New", 1.5m)}\n");
        using var confirmed = await integration.UploadScoresAsync($"{Header}\n{Row(2020, "Bắc Giang", "Bac Giang", 1.5m)}\n", query: "?confirm=true");

        await removing.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await ProblemsAsync(unknown)).ShouldBe([new Problem(2, "province_vi")]);
        await confirmed.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await RevisionsAsync(2020))[0].ApiTokenId.ShouldBe(token.Token.Id);
    }

    [Test]
    public async Task ShouldKeepEveryRevision_ListedAndReadable()
    {
        await Client.AddProvinceAsync("Bắc Giang", "Bac Giang");
        await Client.AddProvinceAsync("Hà Nội", "Ha Noi");
        var first = $"{Header}\n{Row(2020, "Bắc Giang", "Bac Giang", 1.5m)}\n{Row(2020, "Hà Nội", "Ha Noi", 1.2m)}\n";
        var second = $"{Header}\n{Row(2020, "Bắc Giang", "Bac Giang", 1.5m)}\n";
        await ImportAsync(first);
        await ImportAsync(second, "?confirm=true", "second.csv");

        var revisions = await RevisionsAsync(2020);
        var old = await GetAsync<ReleaseRevisionDetailDto>("/api/v1/score-releases/2020/revisions/1");

        revisions.Select(r => (r.Number, r.IsCurrent, r.Kind, r.Source, r.Provinces, r.ProvincesRemoved)).ShouldBe(
            [(2, true, RevisionKind.Import, "second.csv", 1, 1), (1, false, RevisionKind.Import, "scores.csv", 2, 0)]);
        revisions[0].Sha256.ShouldBe(Sha256(second));
        revisions[1].Sha256.ShouldBe(Sha256(first));
        revisions[0].UserDisplayName.ShouldNotBeNull();
        old.Provinces.Select(p => p.ProvinceNameVi).ShouldBe(["Bắc Giang", "Hà Nội"]);
        old.Provinces[1].Values["1.1"].ShouldBe(1.2m);
        old.Provinces[1].Values.Count.ShouldBe(29);
    }

    [Test]
    public async Task ShouldRestoreAnEarlierRevision_AndRankItFromTheNextRequest()
    {
        await Client.AddProvinceAsync("Bắc Giang", "Bac Giang");
        await Client.AddProvinceAsync("Hà Nội", "Ha Noi");
        await ImportAsync($"{Header}\n{Row(2020, "Bắc Giang", "Bac Giang", 1.5m)}\n{Row(2020, "Hà Nội", "Ha Noi", 1.2m)}\n");
        await ImportAsync($"{Header}\n{Row(2020, "Bắc Giang", "Bac Giang", 1.5m)}\n", "?confirm=true");
        (await GetAsync<PagedList<RankingRowDto>>(Ranking2020)).TotalCount.ShouldBe(1, "the ranking of revision 2 is kept in memory now");

        var restored = await PostAsync<RestoredRevisionDto>(Client, "/api/v1/score-releases/2020/revisions/1/restore");

        (restored.Revision, restored.RestoredFrom).ShouldBe((3, 1));
        restored.Changes.ProvincesAdded.Select(p => p.NameVi).ShouldBe(["Hà Nội"]);
        (await GetAsync<PagedList<RankingRowDto>>(Ranking2020)).TotalCount.ShouldBe(2);
        var revisions = await RevisionsAsync(2020);
        (revisions[0].Number, revisions[0].Kind, revisions[0].RestoredFrom, revisions[0].Source).ShouldBe((3, RevisionKind.Restore, (int?)1, "scores.csv"));
        (await GetAsync<PagedList<ScoreReleaseDto>>("/api/v1/score-releases")).Items.ShouldHaveSingleItem().Provinces.ShouldBe(2);
    }

    [Test]
    public async Task ShouldRefuseToRestoreTheCurrentRevision_Or_OneThatDoesNotExist()
    {
        await Client.AddProvinceAsync("Bắc Giang", "Bac Giang");
        await ImportAsync($"{Header}\n{Row(2020, "Bắc Giang", "Bac Giang", 1.5m)}\n");

        using var current = await Client.PostAsync("/api/v1/score-releases/2020/revisions/1/restore", null);
        using var missing = await Client.PostAsync("/api/v1/score-releases/2020/revisions/7/restore", null);
        using var noRelease = await Client.PostAsync("/api/v1/score-releases/2019/revisions/1/restore", null);
        using var bad = await Client.PostAsync("/api/v1/score-releases/2020/revisions/0/restore", null);

        await current.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await missing.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await noRelease.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ShouldAuditImportsAndRestores_WithFileChecksumCountsAndChanges()
    {
        await Client.AddProvinceAsync("Bắc Giang", "Bac Giang");
        await Client.AddProvinceAsync("Hà Nội", "Ha Noi");
        var file = $"{Header}\n{Row(2020, "Bắc Giang", "Bac Giang", 1.5m)}\n{Row(2020, "Hà Nội", "Ha Noi", 1.2m)}\n";
        await ImportAsync(file, fileName: "papi-2020.csv");
        await ImportAsync($"{Header}\n{Row(2020, "Bắc Giang", "Bac Giang", 1.5m)}\n", "?confirm=true");
        await PostAsync<RestoredRevisionDto>(Client, "/api/v1/score-releases/2020/revisions/1/restore");

        var trail = (await GetAsync<AuditPageDto>("/api/v1/audit?entityType=ScoreReleaseRevision")).Items;

        trail.Count.ShouldBe(3);
        trail.ShouldAllBe(e => e.Action == AuditAction.Created && e.UserId != null);
        var import = JsonDocument.Parse(trail[2].Changes).RootElement;
        import.GetProperty("source").GetProperty("after").GetString().ShouldBe("papi-2020.csv");
        import.GetProperty("sha256").GetProperty("after").GetString().ShouldBe(Sha256(file));
        import.GetProperty("provinces").GetProperty("after").GetInt32().ShouldBe(2);
        var removal = JsonDocument.Parse(trail[1].Changes).RootElement;
        removal.GetProperty("provincesRemoved").GetProperty("after").GetInt32().ShouldBe(1);
        removal.GetProperty("valuesChanged").GetProperty("after").GetInt32().ShouldBe(29);
        var restore = JsonDocument.Parse(trail[0].Changes).RootElement;
        restore.GetProperty("kind").GetProperty("after").GetInt32().ShouldBe((int)RevisionKind.Restore);
        restore.GetProperty("restoredFrom").GetProperty("after").GetInt32().ShouldBe(1);
    }

    private sealed record Problem(int Row, string? Column);

    private static async Task<List<Problem>> ProblemsAsync(HttpResponseMessage response)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        return problem.GetProperty("problems").EnumerateArray()
            .Select(p => new Problem(p.GetProperty("row").GetInt32(), p.GetProperty("column").ValueKind == JsonValueKind.Null ? null : p.GetProperty("column").GetString()))
            .ToList();
    }

    private async Task<ImportScoreReleaseResult> ImportAsync(string csv, string query = "", string fileName = "scores.csv")
    {
        using var response = await Client.UploadScoresAsync(csv, fileName, query);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ImportScoreReleaseResult>(Json))!;
    }

    private Task<IReadOnlyList<ReleaseRevisionDto>> RevisionsAsync(int year) =>
        GetAsync<IReadOnlyList<ReleaseRevisionDto>>($"/api/v1/score-releases/{year}/revisions");

    /// <summary>The official file's 2020 rows; Bắc Giang's 1.1 replaced when a value is given.</summary>
    private static async Task<string> Official2020Async(string? bacGiangValue = null)
    {
        var lines = await File.ReadAllLinesAsync(ReferenceFiles.OfficialScores);
        var rows = lines.Skip(1).Where(l => l.StartsWith("2020,")).Select(l =>
        {
            if (bacGiangValue is null || !l.StartsWith("2020,Bắc Giang,"))
                return l;
            var cells = l.Split(',');
            cells[3] = bacGiangValue;
            return string.Join(',', cells);
        });
        return string.Join('\n', [lines[0], .. rows]) + "\n";
    }

    private static string Sha256(string csv) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(csv)));
}
