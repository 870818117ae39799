using System.Net;
using System.Net.Http.Json;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.OrgUnits;
using PapiTracker.Application.OrgUnits.Queries.GetOrgUnitTree;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Api.IntegrationTests.OrgUnits;

public sealed class OrgUnitsTests : ApiTest
{
    private OrgUnit _province = null!;
    private OrgUnit _homeAffairs = null!;
    private OrgUnit _vietYen = null!;
    private OrgUnit _nenh = null!;
    private OrgUnit _hiepHoa = null!;
    private OrgUnit _thang = null!;

    [SetUp]
    public async Task ArrangeTreeAsync()
    {
        _province = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang");
        _homeAffairs = await TestActors.UnitAsync(OrgUnitKind.Department, "Sở Nội vụ", _province, "BG-SNV");
        _vietYen = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Việt Yên", _province, "222");
        _nenh = await TestActors.UnitAsync(OrgUnitKind.Commune, "Thị trấn Nếnh", _vietYen);
        _hiepHoa = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Hiệp Hòa", _province, "223");
        _thang = await TestActors.UnitAsync(OrgUnitKind.Commune, "Thị trấn Thắng", _hiepHoa);
    }

    [Test]
    public async Task ShouldCreateAUnit_WithItsReportingLine()
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/org-units",
            new { kind = "Commune", code = "222-X09", nameVi = "Xã Vân Trung", parentId = _vietYen.Id, reportsToId = _homeAffairs.Id, activeFrom = "2021-01-01" });

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var created = (await response.Content.ReadFromJsonAsync<OrgUnitDto>(Json))!;
        (created.ParentId, created.ReportsToId, created.Kind).ShouldBe((_vietYen.Id, _homeAffairs.Id, OrgUnitKind.Commune));
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/org-units/{created.Id}");
    }

    [Test]
    public async Task ShouldRefuseADuplicateCode_OnTheCodeField()
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/org-units", new { kind = "District", code = "222", nameVi = "Trùng mã", parentId = _province.Id });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("code", out _).ShouldBeTrue();
    }

    [Test]
    public async Task ShouldRefuseAnUnknownParent_OnTheParentField()
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/org-units", new { kind = "Commune", nameVi = "Xã Mới", parentId = 999999 });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("parentId", out _).ShouldBeTrue();
    }

    [Test]
    public async Task ShouldFindUnitsWithoutDiacritics()
    {
        var found = await GetAsync<PagedList<OrgUnitDto>>("/api/v1/org-units?search=thi%20tran%20nenh");

        found.Items.ShouldHaveSingleItem().Id.ShouldBe(_nenh.Id);
    }

    [Test]
    public async Task ShouldMoveASubtree_AndKeepScopesFollowingIt()
    {
        var officer = await TestActors.ClientWithRoleAsync(Role.UnitOfficer, _hiepHoa.Id);

        using var move = await Client.PostAsJsonAsync($"/api/v1/org-units/{_vietYen.Id}/move", new { newParentId = _hiepHoa.Id });

        await move.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var visible = await officer.GetFromJsonAsync<PagedList<OrgUnitDto>>("/api/v1/org-units?pageSize=200", Json);
        visible!.Items.Select(u => u.Id).ShouldBe([_hiepHoa.Id, _vietYen.Id, _nenh.Id, _thang.Id], ignoreOrder: true);
    }

    [Test]
    public async Task ShouldRefuseAMoveIntoItsOwnSubtree_With409()
    {
        using var move = await Client.PostAsJsonAsync($"/api/v1/org-units/{_vietYen.Id}/move", new { newParentId = _nenh.Id });

        var problem = await move.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("detail").GetString()!.ShouldContain("cycle");
    }

    [Test]
    public async Task ShouldMergeUnitsIntoASuccessor_KeepingTheirHistory()
    {
        using var merge = await Client.PostAsJsonAsync("/api/v1/org-units/merge", new { unitIds = new[] { _thang.Id }, successorId = _nenh.Id, effectiveOn = "2025-07-01" });

        await merge.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var ended = await GetAsync<OrgUnitDto>($"/api/v1/org-units/{_thang.Id}");
        (ended.ActiveTo, ended.SuccessorId).ShouldBe((new DateOnly(2025, 6, 30), _nenh.Id));
        (await GetAsync<PagedList<OrgUnitDto>>($"/api/v1/org-units?parentId={_hiepHoa.Id}")).TotalCount.ShouldBe(0);
        (await GetAsync<PagedList<OrgUnitDto>>($"/api/v1/org-units?parentId={_hiepHoa.Id}&includeInactive=true")).TotalCount.ShouldBe(1);
    }

    [Test]
    public async Task ShouldRefuseToMergeAUnitThatStillHasActiveSubUnits()
    {
        using var merge = await Client.PostAsJsonAsync("/api/v1/org-units/merge", new { unitIds = new[] { _hiepHoa.Id }, successorId = _vietYen.Id, effectiveOn = "2025-07-01" });

        await merge.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task ShouldRefuseToPlaceAUnitUnderAnEndedOne()
    {
        (await Client.PostAsJsonAsync("/api/v1/org-units/merge", new { unitIds = new[] { _thang.Id }, successorId = _nenh.Id, effectiveOn = "2025-07-01" })).Dispose();

        using var create = await Client.PostAsJsonAsync("/api/v1/org-units", new { kind = "Commune", nameVi = "Thôn mới", parentId = _thang.Id, activeFrom = "2026-01-01" });

        // A parent that does not exist on the unit's first day is an input problem: 400 on the field.
        var problem = await create.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("parentId")[0].GetString()!.ShouldContain("2026-01-01");
    }

    [Test]
    public async Task ShouldShowATreeOfTheCallersScope()
    {
        var coordinator = await TestActors.ClientWithRoleAsync(Role.Coordinator, _vietYen.Id);

        var tree = (await coordinator.GetFromJsonAsync<List<OrgUnitNodeDto>>("/api/v1/org-units/tree", Json))!;

        tree.ShouldHaveSingleItem().Unit.Id.ShouldBe(_vietYen.Id);
        tree[0].Children.ShouldHaveSingleItem().Unit.Id.ShouldBe(_nenh.Id);
    }

    [Test]
    public async Task ShouldHideAnotherCommune_FromACommuneOfficer()
    {
        var officer = await TestActors.ClientWithRoleAsync(Role.UnitOfficer, _nenh.Id);

        using var other = await officer.GetAsync($"/api/v1/org-units/{_thang.Id}");
        var list = await officer.GetFromJsonAsync<PagedList<OrgUnitDto>>("/api/v1/org-units?search=thi%20tran", Json);

        await other.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        list!.Items.ShouldHaveSingleItem().Id.ShouldBe(_nenh.Id);
    }

    [Test]
    public async Task ShouldForbidACoordinatorToChangeUnitsOutsideItsDistrict()
    {
        var coordinator = await TestActors.ClientWithRoleAsync(Role.Coordinator, _vietYen.Id);

        using var rename = await coordinator.SendAsync(Rename(_thang.Id, "Đổi tên", "*"));
        using var create = await coordinator.PostAsJsonAsync("/api/v1/org-units", new { kind = "Commune", nameVi = "Xã Mới", parentId = _hiepHoa.Id });
        using var ownRename = await coordinator.SendAsync(Rename(_nenh.Id, "Thị trấn Nếnh (mới)", "*"));

        await rename.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await create.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await ownRename.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task ShouldGiveOneOfTwoConcurrentEdits_A412_AndLoseNothing()
    {
        using var read = await Client.GetAsync($"/api/v1/org-units/{_nenh.Id}");
        var etag = read.Headers.ETag!.Tag;

        using var first = await Client.SendAsync(Rename(_nenh.Id, "Thị trấn Nếnh", etag, nameEn: "Nenh Town"));
        using var second = await Client.SendAsync(Rename(_nenh.Id, "Thị trấn Nếnh (sửa)", etag));

        await first.ShouldHaveStatusAsync(HttpStatusCode.OK);
        first.Headers.ETag!.Tag.ShouldNotBe(etag);
        await second.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        var now = await GetAsync<OrgUnitDto>($"/api/v1/org-units/{_nenh.Id}");
        (now.NameVi, now.NameEn).ShouldBe(("Thị trấn Nếnh", "Nenh Town"));
    }

    [Test]
    public async Task ShouldRequireIfMatch_OnAnEdit()
    {
        using var response = await Client.PutAsJsonAsync($"/api/v1/org-units/{_nenh.Id}", new { nameVi = "Không phiên bản" });

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
    }

    private static HttpRequestMessage Rename(int id, string nameVi, string etag, string? nameEn = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/org-units/{id}") { Content = JsonContent.Create(new { nameVi, nameEn }) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return request;
    }
}
