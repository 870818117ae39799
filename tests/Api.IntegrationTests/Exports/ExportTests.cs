using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Auditing;
using PapiTracker.Domain.Organization;
using PapiTracker.Infrastructure.Data;

namespace PapiTracker.Api.IntegrationTests.Exports;

/// <summary>Bulk exports: the rows of a subtree and a date range, streamed as CSV for Excel or JSON, scoped and audited.</summary>
public sealed class ExportTests : ApiTest
{
    private OrgUnit _province = null!;
    private OrgUnit _district = null!;
    private OrgUnit _commune = null!;
    private OrgUnit _otherDistrict = null!;
    private OrgUnit _otherCommune = null!;

    [SetUp]
    public async Task ArrangeAsync()
    {
        _province = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang");
        _district = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Việt Yên", _province);
        _commune = await TestActors.UnitAsync(OrgUnitKind.Commune, "Xã \"Mới\", Việt Yên", _district);
        _otherDistrict = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Hiệp Hòa", _province);
        _otherCommune = await TestActors.UnitAsync(OrgUnitKind.Commune, "Xã Đoan Bái", _otherDistrict);
    }

    [Test]
    public async Task ShouldWriteUnitsAsCsvForExcel_QuotedAndWithNoFormula()
    {
        var formula = await TestActors.UnitAsync(OrgUnitKind.Commune, "=HYPERLINK(\"http://x\")", _district);

        using var response = await Client.GetAsync($"/api/v1/exports/units?unitId={_district.Id}");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }, "Excel reads UTF-8 only with its byte-order mark");
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("id,code,kind,name_vi,name_en,parent_id,reports_to_id,active_from,active_to,successor_id,path");
        lines.Length.ShouldBe(4, "the district and its two communes, nothing of the other district");
        lines[1].ShouldStartWith($"{_district.Id},");
        lines.ShouldContain(l => l.StartsWith($"{_commune.Id},") && l.Contains(",\"Xã \"\"Mới\"\", Việt Yên\","));
        lines.ShouldContain(l => l.StartsWith($"{formula.Id},") && l.Contains(",\"'=HYPERLINK(\"\"http://x\"\")\","));
        lines.ShouldNotContain(l => l.Contains("Đoan Bái"));
    }

    [Test]
    public async Task ShouldKeepToTheCallersSubtreeAndAuditEachExport()
    {
        var coordinator = await TestActors.ClientWithRoleAsync(Role.Coordinator, _district.Id);

        var rows = await JsonRowsAsync(coordinator, "/api/v1/exports/units?format=json");
        rows.Select(r => r.GetProperty("id").GetInt32()).ShouldBe([_district.Id, _commune.Id], ignoreOrder: true);
        rows[0].GetProperty("active_to").ValueKind.ShouldBe(JsonValueKind.Null);

        using (var outside = await coordinator.GetAsync($"/api/v1/exports/units?unitId={_otherDistrict.Id}"))
            await outside.ShouldBeProblemAsync(HttpStatusCode.NotFound);

        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var audited = await db.AuditEntries.Where(e => e.EntityType == "Export").ToListAsync();
        var entry = audited.ShouldHaveSingleItem("the refused export wrote nothing");
        entry.Action.ShouldBe(AuditAction.Exported);
        entry.EntityId.ShouldBe("units");
        entry.UserId.ShouldNotBeNull();
    }

    [Test]
    public async Task ShouldExportActionsWithTheirLatestProgressAndObligationsAndSubmissionsOfTheSubtree()
    {
        var (planId, actionId) = await TestActors.PlanAsync(_province, _commune);
        var (_, otherActionId) = await TestActors.PlanAsync(_province, _otherCommune);
        var head = await TestActors.ClientWithRoleAsync(Role.UnitHead, _commune.Id);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var percent in new[] { 20, 60 })
        {
            using var progress = await head.PostAsJsonAsync($"/api/v1/action-items/{actionId}/progress",
                new { unitId = _commune.Id, reportedOn = today, status = "InProgress", percent, narrative = $"Đạt {percent}%" }, Json);
            await progress.ShouldHaveStatusAsync(HttpStatusCode.Created);
        }
        var (_, obligations) = await TestActors.PeriodAsync(planId, today.AddDays(20), null, (_commune, _district), (_otherCommune, _otherDistrict));
        var submissionId = await TestActors.SubmittedReportAsync(obligations[0], _commune);

        var actions = await JsonRowsAsync(Client, $"/api/v1/exports/actions?format=json&unitId={_district.Id}");
        var action = actions.ShouldHaveSingleItem();
        action.GetProperty("id").GetInt32().ShouldBe(actionId);
        action.GetProperty("latest_percent").GetInt32().ShouldBe(60);
        action.GetProperty("latest_narrative").GetString().ShouldBe("Đạt 60%");
        (await JsonRowsAsync(Client, "/api/v1/exports/actions?format=json")).Select(a => a.GetProperty("id").GetInt32())
            .ShouldBe([actionId, otherActionId], ignoreOrder: true);

        var owed = await JsonRowsAsync(Client, $"/api/v1/exports/obligations?format=json&unitId={_district.Id}&from={today:yyyy-MM-dd}&to={today.AddDays(30):yyyy-MM-dd}");
        owed.ShouldHaveSingleItem().GetProperty("submission_status").GetString().ShouldBe("Submitted");
        (await JsonRowsAsync(Client, $"/api/v1/exports/obligations?format=json&from={today.AddDays(25):yyyy-MM-dd}")).ShouldBeEmpty("none is due after the range starts");

        var submitted = await JsonRowsAsync(Client, $"/api/v1/exports/submissions?format=json&from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}");
        submitted.ShouldHaveSingleItem().GetProperty("id").GetInt32().ShouldBe(submissionId);
        (await JsonRowsAsync(Client, $"/api/v1/exports/submissions?format=json&to={today.AddDays(-2):yyyy-MM-dd}")).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldExportTheOfficialScoresOfTheCurrentRevisions_PublicAsTheRankings()
    {
        var haNoi = await Client.AddProvinceAsync("Hà Nội", "Ha Noi");
        foreach (var (year, query, rows) in new[]
        {
            (2020, "", new[] { ("Bắc Giang", "Bac Giang", 1.5m), ("Hà Nội", "Ha Noi", 1.2m) }),
            (2020, "?confirm=true", [("Bắc Giang", "Bac Giang", 1.6m), ("Hà Nội", "Ha Noi", 1.2m)]),
            (2021, "", [("Bắc Giang", "Bac Giang", 1.7m)]),
        })
        {
            var csv = ScoreFileUploads.Header + "\n" + string.Join("\n", rows.Select(r => ScoreFileUploads.Row(year, r.Item1, r.Item2, r.Item3))) + "\n";
            using var import = await Client.UploadScoresAsync(csv, query: query);
            await import.ShouldHaveStatusAsync(HttpStatusCode.OK);
        }
        var coordinator = await TestActors.ClientWithRoleAsync(Role.Coordinator, _district.Id);

        var all = await JsonRowsAsync(coordinator, "/api/v1/exports/scores?format=json&from=2020-01-01&to=2020-12-31");
        all.Select(r => r.GetProperty("province_id").GetInt32()).Distinct().ShouldBe([_province.Id, haNoi.Id], ignoreOrder: true,
            "scores are public: a district's coordinator exports every province's, as the rankings show them");
        all.ShouldAllBe(r => r.GetProperty("survey_year").GetInt32() == 2020 && r.GetProperty("revision").GetInt32() == 2 && r.GetProperty("framework").GetString() == "PAPI");
        var bacGiang11 = all.Single(r => r.GetProperty("province_id").GetInt32() == _province.Id && r.GetProperty("sub_dimension").GetString() == "1.1");
        bacGiang11.GetProperty("value").GetDecimal().ShouldBe(1.6m, "the current revision's value, not the first import's");
        bacGiang11.GetProperty("dimension").GetString().ShouldBe("1");
        all.Count(r => r.GetProperty("province_id").GetInt32() == haNoi.Id).ShouldBe(all.Count / 2);

        var ownProvince = await JsonRowsAsync(coordinator, $"/api/v1/exports/scores?format=json&unitId={_district.Id}");
        ownProvince.Select(r => r.GetProperty("province_id").GetInt32()).Distinct().ShouldBe([_province.Id], "a unit named: the province it is in");
        ownProvince.Select(r => r.GetProperty("survey_year").GetInt32()).Distinct().ShouldBe([2020, 2021]);
        using (var outside = await coordinator.GetAsync($"/api/v1/exports/scores?unitId={haNoi.Id}"))
            await outside.ShouldBeProblemAsync(HttpStatusCode.NotFound);

        using var response = await (await TestActors.ClientWithTokenAsync(_district, "scores:read")).GetAsync("/api/v1/exports/scores?from=2021-01-01");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("framework,framework_version,survey_year,revision,province_id,province_code,province_name_vi,dimension,sub_dimension,sub_dimension_name_vi,value,published_total");
        lines.Skip(1).ShouldAllBe(l => l.StartsWith("PAPI,") && l.Contains(",2021,1,"));
        using (var unitsOnly = await (await TestActors.ClientWithTokenAsync(_district, "units:read")).GetAsync("/api/v1/exports/scores"))
            await unitsOnly.ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        (await db.AuditEntries.CountAsync(e => e.EntityType == "Export" && e.EntityId == "scores")).ShouldBe(3, "the refused ones wrote nothing");
    }

    [TestCase("/api/v1/exports/people", "kind")]
    [TestCase("/api/v1/exports/units?format=xml", "format")]
    [TestCase("/api/v1/exports/units?from=2025-02-01&to=2025-01-01", "to")]
    public async Task ShouldRefuseAnUnknownKindFormatOrRange(string url, string field)
    {
        using var response = await Client.GetAsync(url);
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
    }

    private static async Task<List<JsonElement>> JsonRowsAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<List<JsonElement>>())!;
    }
}
