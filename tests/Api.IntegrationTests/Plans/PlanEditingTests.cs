using System.Net;
using System.Net.Http.Json;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.ActionItems;
using PapiTracker.Application.ActionItems.Commands.CreateActionItem;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Plans;
using PapiTracker.Application.Plans;

namespace PapiTracker.Api.IntegrationTests.Plans;

/// <summary>Creating plans and actions as the province's coordinator, and every bad input refused with field errors.</summary>
public sealed class PlanEditingTests : ApiTest
{
    private OrgUnit _province = null!;
    private OrgUnit _vietYen = null!;
    private OrgUnit _otherProvinceDistrict = null!;
    private HttpClient _coordinator = null!;
    private int _planId;

    [SetUp]
    public async Task ArrangeAsync()
    {
        _province = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang");
        _vietYen = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Việt Yên", _province);
        _otherProvinceDistrict = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Khác", await TestActors.UnitAsync(OrgUnitKind.Province, "Lạng Sơn"));
        _coordinator = await TestActors.ClientWithRoleAsync(Role.Coordinator, _province.Id);
        using var created = await _coordinator.PostAsJsonAsync("/api/v1/plans", new
        {
            provinceId = _province.Id, titleVi = "Kế hoạch nâng cao PAPI 2021", issuerVi = "Chủ tịch UBND tỉnh Bắc Giang", baselineYear = 2020, targetYear = 2021,
            targets = new object[] { new { kind = "TotalRank", value = 8 }, new { kind = "SubDimensionScore", code = "8.3", value = 0.5 } },
        });
        await created.ShouldHaveStatusAsync(HttpStatusCode.Created);
        _planId = (await created.Content.ReadFromJsonAsync<PlanSummaryDto>(Json))!.Id;
    }

    [Test]
    public async Task ShouldAddAnAction_WithItsUnits()
    {
        using var response = await _coordinator.PostAsJsonAsync($"/api/v1/plans/{_planId}/actions", Action("D8.d", ["8.3"], [_vietYen.Id]));

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var action = (await response.Content.ReadFromJsonAsync<ActionItemDto>(Json))!;
        (action.Code, action.Status, action.DeadlineState).ShouldBe(("D8.d", ActionStatus.NotStarted, DeadlineState.Overdue));
        action.Units.ShouldHaveSingleItem().Role.ShouldBe(ActionUnitRole.Lead);
    }

    [Test]
    public async Task ShouldRefuseEveryBadInput_WithFieldErrors_AndWriteNothing()
    {
        using var unknownSub = await _coordinator.PostAsJsonAsync($"/api/v1/plans/{_planId}/actions", Action("X1", ["9.9"], [_vietYen.Id]));
        using var outsideScope = await _coordinator.PostAsJsonAsync($"/api/v1/plans/{_planId}/actions", Action("X2", ["8.3"], [_otherProvinceDistrict.Id]));
        using var unknownUnit = await _coordinator.PostAsJsonAsync($"/api/v1/plans/{_planId}/actions", Action("X3", ["8.3"], [999999]));
        using var dueBeforeStart = await _coordinator.PostAsJsonAsync($"/api/v1/plans/{_planId}/actions",
            new { code = "X4", dimension = "8", subDimensions = new[] { "8.3" }, textVi = "Sai ngày", startDate = "2021-06-01", dueDate = "2021-05-01", leadUnitIds = new[] { _vietYen.Id } });

        (await ErrorsOf(unknownSub)).ShouldContain("subDimensions[0]");
        (await ErrorsOf(outsideScope)).ShouldContain("leadUnitIds[0]");
        (await ErrorsOf(unknownUnit)).ShouldContain("leadUnitIds[0]");
        (await ErrorsOf(dueBeforeStart)).ShouldContain("dueDate");
        (await GetAsync<Application.Common.Models.PagedList<ActionItemDto>>($"/api/v1/plans/{_planId}/actions")).TotalCount.ShouldBe(0);
    }

    [Test]
    public async Task ShouldRefuseASubDimensionOfAnotherFrameworkVersion()
    {
        using var plan2024 = await _coordinator.PostAsJsonAsync("/api/v1/plans", new
        {
            provinceId = _province.Id, titleVi = "Kế hoạch 2025", issuerVi = "UBND tỉnh", baselineYear = 2024, targetYear = 2025, targets = Array.Empty<object>(),
        });
        var id = (await plan2024.Content.ReadFromJsonAsync<PlanSummaryDto>(Json))!.Id;

        using var response = await _coordinator.PostAsJsonAsync($"/api/v1/plans/{id}/actions", Action("D5.x", ["5.2"], [_vietYen.Id], dimension: "5"));

        (await ErrorsOf(response)).ShouldContain("subDimensions[0]", "5.2 construction permits left PAPI in 2021");
    }

    [Test]
    public async Task ShouldRefuseATargetOnACodeTheFrameworkDoesNotHave()
    {
        using var response = await _coordinator.PostAsJsonAsync("/api/v1/plans", new
        {
            provinceId = _province.Id, titleVi = "Kế hoạch", issuerVi = "UBND tỉnh", baselineYear = 2020, targetYear = 2021,
            targets = new[] { new { kind = "SubDimensionScore", code = "5.2", value = 1.5 } },
        });

        (await ErrorsOf(response)).ShouldContain("targets[0].code");
    }

    [Test]
    public async Task ShouldCloseAPlan_AndNotReopenIt()
    {
        using var close = await _coordinator.PostAsJsonAsync($"/api/v1/plans/{_planId}/status", new { status = "Closed" });
        using var reopen = await _coordinator.PostAsJsonAsync($"/api/v1/plans/{_planId}/status", new { status = "InForce" });

        close.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await reopen.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await GetAsync<Application.Plans.Queries.GetPlan.PlanDto>($"/api/v1/plans/{_planId}")).Status.ShouldBe(PlanStatus.Closed);
    }

    [Test]
    public async Task ShouldSortActionsByDueDate_AndGiveRecurringOnesAQuarterlyReview()
    {
        (await _coordinator.PostAsJsonAsync($"/api/v1/plans/{_planId}/actions", new { code = "A", dimension = "8", subDimensions = new[] { "8.3" }, textVi = "Muộn", dueDate = "2021-12-31", leadUnitIds = new[] { _vietYen.Id } })).EnsureSuccessStatusCode();
        (await _coordinator.PostAsJsonAsync($"/api/v1/plans/{_planId}/actions", new { code = "B", dimension = "8", subDimensions = new[] { "8.3" }, textVi = "Sớm", dueDate = "2021-06-30", leadUnitIds = new[] { _vietYen.Id } })).EnsureSuccessStatusCode();
        (await _coordinator.PostAsJsonAsync($"/api/v1/plans/{_planId}/actions", new { code = "C", dimension = "8", subDimensions = new[] { "8.3" }, textVi = "Thường xuyên", recurring = true, leadUnitIds = new[] { _vietYen.Id } })).EnsureSuccessStatusCode();

        var byDue = await GetAsync<Application.Common.Models.PagedList<ActionItemDto>>($"/api/v1/plans/{_planId}/actions?sort=due");

        byDue.Items.Select(a => a.Code).ShouldBe(["B", "A", "C"]);
        byDue.Items.Single(a => a.Code == "C").ReviewCadence.ShouldBe(ReviewCadence.Quarterly);
        byDue.Items.Single(a => a.Code == "A").ReviewCadence.ShouldBeNull();
    }

    [Test]
    public async Task ShouldForbidADistrictCoordinatorToCreateTheProvincesPlan()
    {
        var district = await TestActors.ClientWithRoleAsync(Role.Coordinator, _vietYen.Id);

        using var response = await district.PostAsJsonAsync($"/api/v1/plans/{_planId}/actions", Action("D8.e", ["8.3"], [_vietYen.Id]));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ShouldRefuseATargetNoteLongerThanItsColumn_AndTooManyLeadUnits_WithFieldErrors()
    {
        using var longNote = await _coordinator.PostAsJsonAsync("/api/v1/plans", new
        {
            provinceId = _province.Id, titleVi = "Kế hoạch 2022", issuerVi = "UBND tỉnh", baselineYear = 2020, targetYear = 2022,
            targets = new object[] { new { kind = "TotalRank", value = 8, noteVi = new string('a', Plan.TitleMaxLength + 1) } },
        });
        using var manyLeads = await _coordinator.PostAsJsonAsync($"/api/v1/plans/{_planId}/actions",
            Action("X5", ["8.3"], Enumerable.Repeat(_vietYen.Id, CreateActionItemCommandValidator.MaxListed + 1).ToArray()));

        (await ErrorsOf(longNote)).ShouldContain("targets[0].NoteVi");
        (await ErrorsOf(manyLeads)).ShouldContain("leadUnitIds");
    }

    private static object Action(string code, string[] subDimensions, int[] leadUnitIds, string dimension = "8") =>
        new { code, dimension, subDimensions, textVi = "Nhiệm vụ thử", dueDate = "2021-09-30", leadUnitIds };

    private static async Task<List<string>> ErrorsOf(HttpResponseMessage response)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        return problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
    }
}
