using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Restructurings;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Plans;
using PapiTracker.Infrastructure.Data;
using static PapiTracker.Api.IntegrationTests.Restructurings.RestructuringHttp;

namespace PapiTracker.Api.IntegrationTests.Restructurings;

/// <summary>
/// The Bắc Giang demo lives through 1/7/2025: the provinces, then its communes (bac-giang-communes-2025.csv),
/// then the end of its districts; open obligations, action parts and roles pass on, history stays.
/// </summary>
public sealed class CommuneRestructuringTests : ApiTest
{
    private static readonly DateOnly Eve = new(2025, 6, 30);
    private static readonly DateOnly Reform = new(2025, 7, 1);

    [Test]
    public async Task ShouldRestructureTheDemoCommunes_CarryWhatIsOpen_AndEndTheDistricts()
    {
        var planId = await TestActors.DemoPlanAsync();
        var nenh = await UnitAsync("Thị trấn Nếnh");
        var vietYen = await UnitAsync("Huyện Việt Yên");
        var vietYenHomeAffairs = await UnitAsync("Phòng Nội vụ huyện Việt Yên");
        var (_, obligations) = await TestActors.PeriodAsync(planId, Domain.Reporting.ReportingPeriodKind.ThirdQuarter, new DateOnly(2025, 9, 20), null, (nenh, vietYenHomeAffairs));
        var (_, pastObligations) = await TestActors.PeriodAsync(planId, new DateOnly(2025, 3, 20), null, (nenh, vietYenHomeAffairs));
        var pastActions = await ActionsOfAsync(nenh.Id);
        pastActions.ShouldNotBeEmpty();
        var running = await RunningPlanActionAsync(lead: nenh, coordinating: vietYen);

        await ApplyAsync(Client, File(ReferenceFiles.Admin2025("provinces-2025.csv")));
        var bacNinh = await UnitByCodeAsync("24", Reform);
        (await UnitAsync("Sở Nội vụ")).ParentId.ShouldBe(bacNinh.Id);

        var communeFile = ReferenceFiles.Admin2025("bac-giang-communes-2025.csv");
        var preview = await PreviewAsync(Client, File(communeFile));

        preview.Kind.ShouldBe(RestructuringKind.Communes);
        preview.ProvinceId.ShouldBe(bacNinh.Id);
        preview.Created.Count.ShouldBe(58);
        preview.Ended.Select(u => u.NameVi).ShouldBe(
            ["Phường Trần Phú", "Phường Ngô Quyền", "Xã Song Mai", "Thị trấn Bố Hạ", "Thị trấn Cao Thượng", "Thị trấn Nhã Nam", "Thị trấn Vôi", "Thị trấn Kép",
             "Thị trấn Đồi Ngô", "Thị trấn An Châu", "Thị trấn Bích Động", "Thị trấn Nếnh", "Thị trấn Thắng"], ignoreOrder: true);
        preview.WithoutSuccessor.Select(u => u.NameVi).ShouldBe(["Thị trấn Cầu Gồ", "Thị trấn Chũ"], ignoreOrder: true);
        preview.Skipped.Count.ShouldBe(192 - 13);
        preview.Skipped.ShouldContain(s => s.Code == "07525" && s.Reason.Contains("224"));
        (await UnitAsync("Thị trấn Nếnh")).ActiveTo.ShouldBeNull();

        var applied = await ApplyAsync(Client, File(communeFile));

        var newNenh = await UnitByCodeAsync("07795", Reform);
        newNenh.NameVi.ShouldBe("Phường Nếnh");
        newNenh.ParentId.ShouldBe(bacNinh.Id);
        newNenh.ReportsToId.ShouldBe((await UnitAsync("Sở Nội vụ")).Id);
        var oldNenh = await UnitAsync("Thị trấn Nếnh");
        oldNenh.Code.ShouldBe("07795");
        oldNenh.ActiveTo.ShouldBe(Eve);
        oldNenh.SuccessorId.ShouldBe(newNenh.Id);
        (await UnitByCodeAsync("07795", Eve)).Id.ShouldBe(nenh.Id);

        // Open obligation passes on; the past one stays with the unit it happened in.
        applied.Carried.ShouldContain(c => c.Item == "Obligation" && c.Id == obligations[0] && c.ToUnitId == newNenh.Id);
        await using (var scope = TestRun.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            (await db.ReportObligations.SingleAsync(o => o.Id == obligations[0])).UnitId.ShouldBe(newNenh.Id);
            (await db.ReportObligations.SingleAsync(o => o.Id == pastObligations[0])).UnitId.ShouldBe(nenh.Id);
            var roles = await db.RoleAssignments.Where(r => r.UnitId == newNenh.Id).Select(r => r.Role).ToListAsync();
            roles.ShouldBe([Role.UnitOfficer, Role.UnitHead], ignoreOrder: true);
        }
        (await ActionsOfAsync(newNenh.Id)).ShouldBe([(running, ActionUnitRole.Lead)], "the running plan's part passes on");
        (await ActionsOfAsync(nenh.Id)).ShouldBe(pastActions, ignoreOrder: true, "the 2021 plan's parts are the 2021 units' history");
        applied.Carried.Count(c => c.Item == "Role").ShouldBe(2);

        var again = await ApplyAsync(Client, File(communeFile), HttpStatusCode.OK);
        again.AlreadyApplied.ShouldBeTrue();
        again.Id.ShouldBe(applied.Id);

        // The districts end; what reported to them reports to the province's Sở Nội vụ.
        var districts = await ApplyAsync(Client, Fields(("endLevel", "District"), ("endsOn", "2025-06-30"), ("provinceCode", "24"), ("legalBasis", "Luật 72/2025/QH15")));

        districts.Kind.ShouldBe(RestructuringKind.EndLevel);
        districts.Ended.Count(u => u.Kind == OrgUnitKind.District).ShouldBe(10);
        districts.Ended.Count(u => u.Kind == OrgUnitKind.Department).ShouldBe(10);
        districts.Moved.Select(u => u.NameVi).ShouldBe(["Thị trấn Cầu Gồ", "Thị trấn Chũ", "Thị trấn Neo", "Thị trấn Tân Dân"], ignoreOrder: true);
        (await UnitAsync("Thị trấn Neo")).ReportsToId.ShouldBe((await UnitAsync("Sở Nội vụ")).Id);
        (await UnitAsync("Huyện Việt Yên")).ActiveTo.ShouldBe(Eve);
        districts.Carried.ShouldContain(c => c.Item == "Obligation" && c.Id == obligations[0] && c.Description.Contains("Sở Nội vụ"));
        districts.NotCarried.ShouldContain(c => c.Item == "Role" && c.FromUnitId == vietYen.Id);
        districts.NotCarried.Where(c => c.Item == "ActionAssignment").ShouldHaveSingleItem().Id.ShouldBe(running, "Việt Yên ends with no successor: its part is listed");

        // The tree as it stood: Nếnh under Việt Yên on 30/6; Việt Yên gone on 1/7.
        (await GetAsync<Application.OrgUnits.OrgUnitDto>($"/api/v1/org-units/{nenh.Id}?asOf=2025-06-30")).ParentId.ShouldBe(vietYen.Id);
        using var gone = await Client.GetAsync($"/api/v1/org-units/{vietYen.Id}?asOf=2025-07-01");
        await gone.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ShouldRefuseAnEndOfLevel_WithoutItsProvinceOrDate()
    {
        using var response = await Client.PostAsync("/api/v1/restructurings/preview", Fields(("endLevel", "District")));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty("endsOn", out _).ShouldBeTrue();
        errors.TryGetProperty("provinceCode", out _).ShouldBeTrue();
    }

    /// <summary>An action of a plan for 2025–2026 (still running on 1/7/2025) with a lead and a coordinating unit.</summary>
    private static async Task<int> RunningPlanActionAsync(OrgUnit lead, OrgUnit coordinating)
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var province = await db.OrgUnits.SingleAsync(u => u.Kind == OrgUnitKind.Province && u.NameVi == "Bắc Giang");
        var plan = Plan.Create(province, "PAPI", "Kế hoạch PAPI 2025", null, "Chủ tịch UBND tỉnh", null, null, null, 2024, 2026);
        db.Plans.Add(plan);
        var action = ActionItem.Create(plan, "D2.a", ActionKind.Action, ["2"], ["2.1"], "Công khai danh sách hộ nghèo", null, null, null, recurring: true);
        action.Assign(lead.Id, ActionUnitRole.Lead);
        action.Assign(coordinating.Id, ActionUnitRole.Coordinating);
        db.ActionItems.Add(action);
        await db.SaveChangesAsync();
        return action.Id;
    }

    private static async Task<OrgUnit> UnitAsync(string nameVi)
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().OrgUnits.AsNoTracking().SingleAsync(u => u.NameVi == nameVi);
    }

    private static async Task<OrgUnit> UnitByCodeAsync(string code, DateOnly on)
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().OrgUnits.AsNoTracking()
            .SingleAsync(u => u.Code == code && u.ActiveFrom <= on && (u.ActiveTo == null || u.ActiveTo >= on));
    }

    private static async Task<List<(int, ActionUnitRole)>> ActionsOfAsync(int unitId)
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var actions = await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().ActionItems.AsNoTracking().Include(a => a.Units)
            .Where(a => a.Units.Any(u => u.UnitId == unitId)).ToListAsync();
        return actions.Select(a => (a.Id, a.Units.Single(u => u.UnitId == unitId).Role)).ToList();
    }
}
