using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.OrgUnits;
using PapiTracker.Application.OrgUnits.Commands.ImportOrgUnits;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Api.IntegrationTests.OrgUnits;

/// <summary>Units from a CSV: parents by code in any order, every problem by row and column, nothing written on error.</summary>
public sealed class OrgUnitImportTests : ApiTest
{
    private const string Header = "code,kind,name_vi,name_en,parent_code,reports_to_code,active_from";

    [Test]
    public async Task ShouldImportATree_WithParentsAfterTheirChildren()
    {
        var csv = $"""
            {Header}
            222-X01,Commune,Thị trấn Nếnh,,222,222-PNV,2021-01-01
            222,District,Huyện Việt Yên,Viet Yen District,24,BG-SNV,2021-01-01
            222-PNV,Department,Phòng Nội vụ,,222,BG-SNV,2021-01-01
            24,Province,Bắc Giang,Bac Giang,,,2000-01-01
            BG-SNV,Department,Sở Nội vụ,Department of Home Affairs,24,,2021-01-01
            """;

        var result = await ImportAsync(Client, csv);

        result.Created.ShouldBe(5);
        var units = (await GetAsync<PagedList<OrgUnitDto>>("/api/v1/org-units?pageSize=200")).Items.ToDictionary(u => u.Code!);
        units["222-X01"].ParentId.ShouldBe(units["222"].Id);
        units["222-X01"].ReportsToId.ShouldBe(units["222-PNV"].Id);
        units["222"].ReportsToId.ShouldBe(units["BG-SNV"].Id);
    }

    [Test]
    public async Task ShouldReadEachRowsCodes_OnTheRowsOwnFirstDay()
    {
        await Client.RestructureAsIn2025Async();
        var csv = $"""
            {Header}
            BG-VP,Department,Văn phòng UBND tỉnh Bắc Giang,,24,,2021-01-01
            BN-VP,Department,Văn phòng UBND tỉnh Bắc Ninh,,24,,2026-01-01
            """;

        var result = await ImportAsync(Client, csv);

        var units = result.Units.ToDictionary(u => u.Code!);
        var bacGiang = (await GetAsync<OrgUnitDto>($"/api/v1/org-units/by-code/24?on=2021-01-01")).Id;
        units["BG-VP"].ParentId.ShouldBe(bacGiang, "code 24 is Bắc Giang in 2021");
        units["BN-VP"].ParentId.ShouldBe(await Client.NewBacNinhAsync(), "and the new Bắc Ninh in 2026");
    }

    [Test]
    public async Task ShouldListEveryBadRow_AndWriteNothing()
    {
        var province = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang", code: "24");
        var csv = $"""
            {Header}
            24,District,Trùng mã,,24,,
            ,Commune,Không mã,,24,,
            223,Village,Sai loại,,24,,
            224,District,,,24,,
            225,District,Mồ côi,,999,,
            226,District,Ngày sai,,24,,21/5/2021
            227,District,Đúng,,24,,
            """;

        using var response = await Upload(Client, csv);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var problems = problem.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString())).ToList();
        problems.ShouldBe([(2, "code"), (3, "code"), (4, "kind"), (5, "name_vi"), (6, "parent_code"), (7, "active_from")], ignoreOrder: true);
        (await GetAsync<PagedList<OrgUnitDto>>("/api/v1/org-units")).Items.ShouldHaveSingleItem().Id.ShouldBe(province.Id);
    }

    [Test]
    public async Task ShouldRefuseALoopOfParents()
    {
        await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang", code: "24");
        var csv = $"{Header}\nA,District,Một,,B,,\nB,District,Hai,,A,,\n";

        using var response = await Upload(Client, csv);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("problems")[0].GetProperty("message").GetString()!.ShouldContain("loop");
    }

    [Test]
    public async Task ShouldRefuseRowsUnderAParentOutsideTheCoordinatorsScope()
    {
        var province = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang", code: "24");
        var vietYen = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Việt Yên", province, "222");
        await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Hiệp Hòa", province, "223");
        var coordinator = await TestActors.ClientWithRoleAsync(Role.Coordinator, vietYen.Id);

        using var response = await Upload(coordinator, $"{Header}\n222-X01,Commune,Thị trấn Nếnh,,222,,\n223-X01,Commune,Thị trấn Thắng,,223,,\n");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var only = problem.GetProperty("problems").EnumerateArray().ShouldHaveSingleItem();
        (only.GetProperty("row").GetInt32(), only.GetProperty("column").GetString()).ShouldBe((3, "parent_code"));
    }

    [Test]
    public async Task ShouldDeleteAUnitEnteredByMistake_ButNotOneWithAHistory()
    {
        var province = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang");
        var mistake = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Nhầm", province);

        using var deleteProvince = await Client.DeleteAsync($"/api/v1/org-units/{province.Id}");
        using var deleteMistake = await Client.DeleteAsync($"/api/v1/org-units/{mistake.Id}");

        deleteMistake.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await deleteProvince.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await Client.GetAsync($"/api/v1/org-units/{mistake.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static Task<HttpResponseMessage> Upload(HttpClient client, string csv)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "units.csv" } };
        return client.PostAsync("/api/v1/org-units/import", form);
    }

    private static async Task<ImportOrgUnitsResult> ImportAsync(HttpClient client, string csv)
    {
        using var response = await Upload(client, csv);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ImportOrgUnitsResult>(Json))!;
    }
}
