using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Audit.Queries.GetAuditEntries;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Events.Queries.GetEvents;
using PapiTracker.Application.OrgUnits;
using PapiTracker.Application.Restructurings;
using PapiTracker.Application.Restructurings.Queries.GetRestructurings;
using PapiTracker.Domain.Organization;
using PapiTracker.Infrastructure.Data;
using static PapiTracker.Api.IntegrationTests.Restructurings.RestructuringHttp;

namespace PapiTracker.Api.IntegrationTests.Restructurings;

/// <summary>The 63 provinces of 2024 become the 34 units of 1/7/2025 (provinces-2025.csv), on the real database.</summary>
public sealed class ProvinceRestructuringTests : ApiTest
{
    private const string ProvincesFile = "provinces-2025.csv";

    [Test]
    public async Task ShouldPreviewTheProvinceFile_OnAFreshInstallation_AndWriteNothing()
    {
        var preview = await PreviewAsync(Client, File(ReferenceFiles.Admin2025(ProvincesFile)));

        preview.Applied.ShouldBeFalse();
        preview.Kind.ShouldBe(RestructuringKind.Provinces);
        preview.EffectiveOn.ShouldBe(new DateOnly(2025, 7, 1));
        preview.LegalBasis.ShouldBe("202/2025/QH15");
        preview.Historical.Count.ShouldBe(52);
        preview.Ended.Count.ShouldBe(52);
        preview.Created.Count.ShouldBe(23);
        preview.Continued.Count.ShouldBe(11);
        preview.Skipped.ShouldBeEmpty();
        (await CountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task ShouldApplyTheProvinceFile_AndChangeNothingOnReapply()
    {
        var applied = await ApplyAsync(Client, File(ReferenceFiles.Admin2025(ProvincesFile)));

        applied.Applied.ShouldBeTrue();
        applied.Id.ShouldNotBeNull();
        (await CountAsync()).ShouldBe(63 + 23);
        var provinces = await UnitsAsync("includeInactive=true&kind=Province");
        provinces.Count(p => p.ActiveTo is null).ShouldBe(34);
        provinces.Count(p => p.ActiveTo == new DateOnly(2025, 6, 30)).ShouldBe(52);
        var bacNinh = provinces.Single(p => p.Code == "24" && p.ActiveTo is null);
        bacNinh.NameVi.ShouldBe("Bắc Ninh");
        bacNinh.ActiveFrom.ShouldBe(new DateOnly(2025, 7, 1));
        provinces.Where(p => p.SuccessorId == bacNinh.Id).Select(p => p.NameVi).ShouldBe(["Bắc Giang", "Bắc Ninh"], ignoreOrder: true);
        var hue = provinces.Single(p => p.Code == "46");
        hue.NameVi.ShouldBe("Thành phố Huế");
        hue.ActiveTo.ShouldBeNull();
        var events = (await Client.GetFromJsonAsync<EventPageDto>("/api/v1/events?pageSize=200", Json))!.Items;
        events.ShouldAllBe(e => e.Type == Domain.Events.IntegrationEventType.UnitsRestructured && e.Href == $"/api/v1/restructurings/{applied.Id}");
        events.Select(e => e.UnitPath).Distinct().Count().ShouldBe(63 + 23, "one event for each province, old and new, each in its own subtree");
        events.ShouldAllBe(e => e.UnitPath!.Length == 1 + OrgUnit.PathSegmentLength);

        var again = await ApplyAsync(Client, File(ReferenceFiles.Admin2025(ProvincesFile)), HttpStatusCode.OK);

        again.AlreadyApplied.ShouldBeTrue();
        again.Applied.ShouldBeFalse();
        again.Id.ShouldBe(applied.Id);
        again.Ended.ShouldBeEmpty();
        again.Created.ShouldBeEmpty();
        again.Historical.ShouldBeEmpty();
        (await CountAsync()).ShouldBe(63 + 23);
        (await GetAsync<List<RestructuringSummaryDto>>("/api/v1/restructurings")).ShouldHaveSingleItem().Id.ShouldBe(applied.Id!.Value);
        var kept = await GetAsync<RestructuringDto>($"/api/v1/restructurings/{applied.Id}");
        kept.Created.Count.ShouldBe(23);
    }

    [Test]
    public async Task ShouldFindTheUnitOfACode_OnTheDateAsked()
    {
        await ApplyAsync(Client, File(ReferenceFiles.Admin2025(ProvincesFile)));

        (await GetAsync<OrgUnitDto>("/api/v1/org-units/by-code/24?on=2025-06-30")).NameVi.ShouldBe("Bắc Giang");
        (await GetAsync<OrgUnitDto>("/api/v1/org-units/by-code/24?on=2025-07-01")).NameVi.ShouldBe("Bắc Ninh");
        (await GetAsync<OrgUnitDto>("/api/v1/org-units/by-code/27?on=2025-06-30")).NameVi.ShouldBe("Bắc Ninh");
        (await GetAsync<OrgUnitDto>("/api/v1/org-units/by-code/24")).ActiveFrom.ShouldBe(new DateOnly(2025, 7, 1));
        using var none = await Client.GetAsync("/api/v1/org-units/by-code/27?on=2025-07-01");
        await none.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ShouldTakeOverProvincesKnownByName_AndMoveTheirUnitsUnderTheSuccessor()
    {
        var bacGiang = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang");
        var homeAffairs = await TestActors.UnitAsync(OrgUnitKind.Department, "Sở Nội vụ", bacGiang, code: "BG-SNV");
        var hoChiMinh = await TestActors.UnitAsync(OrgUnitKind.Province, "TP. Hồ Chí Minh");
        var hue = await TestActors.UnitAsync(OrgUnitKind.Province, "Thừa Thiên-Huế");

        var applied = await ApplyAsync(Client, File(ReferenceFiles.Admin2025(ProvincesFile)));

        applied.Historical.Count.ShouldBe(50);
        var units = (await UnitsAsync("includeInactive=true")).ToDictionary(u => u.Id);
        units[bacGiang.Id].Code.ShouldBe("24");
        units[bacGiang.Id].ActiveTo.ShouldBe(new DateOnly(2025, 6, 30));
        units[hoChiMinh.Id].Code.ShouldBe("79");
        units[hoChiMinh.Id].ActiveTo.ShouldBe(new DateOnly(2025, 6, 30));
        units[hue.Id].Code.ShouldBe("46");
        units[hue.Id].ActiveTo.ShouldBeNull();
        var bacNinh = units.Values.Single(u => u.Code == "24" && u.ActiveTo is null);
        units[homeAffairs.Id].ParentId.ShouldBe(bacNinh.Id);
        applied.Moved.ShouldHaveSingleItem().Id.ShouldBe(homeAffairs.Id);

        // The tree as it stood: the department under Bắc Giang on 30/6, under Bắc Ninh on 1/7.
        (await GetAsync<OrgUnitDto>($"/api/v1/org-units/{homeAffairs.Id}?asOf=2025-06-30")).ParentId.ShouldBe(bacGiang.Id);
        (await GetAsync<OrgUnitDto>($"/api/v1/org-units/{homeAffairs.Id}?asOf=2025-07-01")).ParentId.ShouldBe(bacNinh.Id);
        var before = await GetAsync<List<Application.OrgUnits.Queries.GetOrgUnitTree.OrgUnitNodeDto>>("/api/v1/org-units/tree?asOf=2025-06-30");
        before.Count.ShouldBe(63);
        before.Single(n => n.Unit.Id == bacGiang.Id).Children.ShouldHaveSingleItem().Unit.Id.ShouldBe(homeAffairs.Id);
        before.Single(n => n.Unit.Code == "46").Unit.NameVi.ShouldBe("Thừa Thiên-Huế");
        var after = await GetAsync<List<Application.OrgUnits.Queries.GetOrgUnitTree.OrgUnitNodeDto>>("/api/v1/org-units/tree?asOf=2025-07-01");
        after.Count.ShouldBe(34);
        after.Single(n => n.Unit.Id == bacNinh.Id).Children.ShouldHaveSingleItem().Unit.Id.ShouldBe(homeAffairs.Id);
        after.Single(n => n.Unit.Code == "46").Unit.NameVi.ShouldBe("Thành phố Huế");
        (await UnitsAsync("asOf=2025-06-30&search=hue")).ShouldHaveSingleItem().NameVi.ShouldBe("Thừa Thiên-Huế");
    }

    [Test]
    public async Task ShouldAuditTheApply_AndEveryUnitItChanged()
    {
        var applied = await ApplyAsync(Client, File(ReferenceFiles.Admin2025(ProvincesFile)));

        var trail = await GetAsync<AuditPageDto>($"/api/v1/audit?entityType=Restructuring&entityId={applied.Id}");
        trail.Items.ShouldHaveSingleItem().Action.ShouldBe(Domain.Auditing.AuditAction.Created);
        var units = await GetAsync<AuditPageDto>("/api/v1/audit?entityType=OrgUnit&pageSize=200");
        units.Items.Count.ShouldBeGreaterThanOrEqualTo(63 + 23);
    }

    [Test]
    public async Task ShouldRefuseConflictingRows_WithEveryProblem_AndWriteNothing()
    {
        await TestActors.UnitAsync(OrgUnitKind.Province, "Tỉnh Thử Nghiệm");
        await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Ninh", code: "27");
        var csv = """
            old_code,old_name_vi,old_name_en,new_code,new_name_vi,new_name_en,effective_from,legal_basis
            24,Bắc Giang,Bac Giang,24,Bắc Ninh,Bac Ninh,2025-07-01,202/2025/QH15
            27,Hà Nam,Ha Nam,24,Bắc Ninh,Bac Ninh,2025-07-01,202/2025/QH15
            24,Bắc Giang,Bac Giang,19,Thái Nguyên,Thai Nguyen,2025-07-01,202/2025/QH15
            06,Bắc Kạn,Bac Kan,24,Bắc Ninh mới,,2025-07-01,202/2025/QH15
            08,Tuyên Quang,,08,Tuyên Quang,,1/7/2025,202/2025/QH15
            """;

        using var response = await Client.PostAsync("/api/v1/restructurings", Text(csv));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var problems = problem.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString())).ToList();
        problems.ShouldBe([(4, "old_code"), (5, "new_name_vi"), (6, "effective_from")], ignoreOrder: true);

        // Shape and conflicts first; the register is checked once the rows agree.
        using var second = await Client.PostAsync("/api/v1/restructurings", Text("""
            old_code,old_name_vi,old_name_en,new_code,new_name_vi,new_name_en,effective_from,legal_basis
            24,Bắc Giang,Bac Giang,24,Bắc Ninh,Bac Ninh,2025-07-01,202/2025/QH15
            27,Hà Nam,Ha Nam,24,Bắc Ninh,Bac Ninh,2025-07-01,202/2025/QH15
            """));
        var registerProblems = (await second.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("problems").EnumerateArray()
            .Select(p => p.GetProperty("message").GetString()!).ToList();
        registerProblems.Count.ShouldBe(2);
        registerProblems.ShouldContain(m => m.Contains("Bắc Ninh in the register"));
        registerProblems.ShouldContain(m => m.Contains("Tỉnh Thử Nghiệm"));
        (await CountAsync()).ShouldBe(2);
    }

    [Test]
    public async Task ShouldCountARowRepeatedExactlyOnce_AndListIt()
    {
        var csv = """
            old_code,old_name_vi,old_name_en,new_code,new_name_vi,new_name_en,effective_from,legal_basis
            24,Bắc Giang,Bac Giang,24,Bắc Ninh,Bac Ninh,2025-07-01,202/2025/QH15
            06,Bắc Kạn,Bac Kan,19,Thái Nguyên,Thai Nguyen,2025-07-01,202/2025/QH15
            27,Bắc Ninh,Bac Ninh,24,Bắc Ninh,Bac Ninh,2025-07-01,202/2025/QH15
            06,Bắc Kạn,Bac Kan,19,Thái Nguyên,Thai Nguyen,2025-07-01,202/2025/QH15
            19,Thái Nguyên,Thai Nguyen,19,Thái Nguyên,Thai Nguyen,2025-07-01,202/2025/QH15
            """;

        var applied = await ApplyAsync(Client, Text(csv));

        applied.Skipped.ShouldHaveSingleItem().Row.ShouldBe(5);
        applied.Skipped[0].Reason.ShouldContain("row 3");
        applied.Historical.Select(u => u.Code).ShouldBe(["24", "06", "27", "19"], ignoreOrder: true);
        applied.Created.Select(u => u.Code).ShouldBe(["24", "19"], ignoreOrder: true);
    }

    [Test]
    public async Task ShouldScoreThe63OldProvinces_AfterTheRestructuring()
    {
        await ApplyAsync(Client, File(ReferenceFiles.Admin2025(ProvincesFile)));

        var imported = await Client.ImportOfficialScoresAsync();

        imported.Years.Count.ShouldBe(7, "the official provinces exist already: the import needed none created");
        (await CountAsync()).ShouldBe(63 + 23);
        var ranking = await GetAsync<System.Text.Json.JsonElement>("/api/v1/score-releases/2024/rankings");
        ranking.ToString().ShouldContain("Bắc Giang");
    }

    private static async Task<int> CountAsync()
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().OrgUnits.CountAsync();
    }

    private async Task<IReadOnlyList<OrgUnitDto>> UnitsAsync(string query) =>
        (await GetAsync<PagedList<OrgUnitDto>>($"/api/v1/org-units?pageSize=200&{query}")).Items;
}
