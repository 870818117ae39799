using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Audit.Queries.GetAuditEntries;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.OrgUnits;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Auditing;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Api.IntegrationTests.Audit;

public sealed class AuditTrailTests : ApiTest
{
    [Test]
    public async Task ShouldRecordWhoChangedWhat_WithBeforeAndAfter()
    {
        var province = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang");
        using var created = await Client.PostAsJsonAsync("/api/v1/org-units", new { kind = "District", code = "222", nameVi = "Huyện Việt Yên", parentId = province.Id });
        var unit = (await created.Content.ReadFromJsonAsync<OrgUnitDto>(Json))!;

        using var rename = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/org-units/{unit.Id}")
        {
            Content = JsonContent.Create(new { code = "222", nameVi = "Thị xã Việt Yên", nameEn = "Viet Yen Town" }),
        };
        rename.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag?.Tag ?? "*");
        (await Client.SendAsync(rename)).EnsureSuccessStatusCode();

        var trail = await GetAsync<AuditPageDto>($"/api/v1/audit?entityType=OrgUnit&entityId={unit.Id}");
        trail.Items.Select(e => e.Action).ShouldBe([AuditAction.Updated, AuditAction.Created]);
        var update = JsonDocument.Parse(trail.Items[0].Changes).RootElement;
        update.GetProperty("nameVi").GetProperty("before").GetString().ShouldBe("Huyện Việt Yên");
        update.GetProperty("nameVi").GetProperty("after").GetString().ShouldBe("Thị xã Việt Yên");
        update.TryGetProperty("code", out _).ShouldBeFalse("unchanged fields are not recorded");
        trail.Items.ShouldAllBe(e => e.UserId != null && e.UserDisplayName == "test.admin");
    }

    [Test]
    public async Task ShouldShowACoordinatorOnlyTheTrailOfItsSubtree()
    {
        var province = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang");
        var vietYen = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Việt Yên", province);
        var hiepHoa = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Hiệp Hòa", province);
        var coordinator = await TestActors.ClientWithRoleAsync(Role.Coordinator, vietYen.Id);

        var trail = (await coordinator.GetFromJsonAsync<AuditPageDto>("/api/v1/audit?pageSize=200", Json))!;

        trail.Items.ShouldContain(e => e.EntityType == "OrgUnit" && e.EntityId == vietYen.Id.ToString());
        trail.Items.ShouldNotContain(e => e.EntityType == "OrgUnit" && (e.EntityId == hiepHoa.Id.ToString() || e.EntityId == province.Id.ToString()));
        trail.Items.ShouldNotContain(e => e.EntityType == "ApplicationUser");
    }

    [Test]
    public async Task ShouldPageOlderEntriesByKey_UntilThereAreNone()
    {
        var province = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang");
        foreach (var name in new[] { "Huyện Việt Yên", "Huyện Hiệp Hòa", "Huyện Yên Dũng", "Huyện Lạng Giang" })
            await TestActors.UnitAsync(OrgUnitKind.District, name, province);

        var first = await GetAsync<AuditPageDto>("/api/v1/audit?entityType=OrgUnit&pageSize=2");
        var second = await GetAsync<AuditPageDto>($"/api/v1/audit?entityType=OrgUnit&pageSize=2&before={first.NextBefore}");
        var last = await GetAsync<AuditPageDto>($"/api/v1/audit?entityType=OrgUnit&pageSize=2&before={second.NextBefore}");
        using var badCursor = await Client.GetAsync("/api/v1/audit?before=0");

        var ids = first.Items.Concat(second.Items).Concat(last.Items).Select(e => e.Id).ToList();
        ids.Count.ShouldBe(5);
        ids.ShouldBe(ids.OrderByDescending(id => id).ToList(), "newest first, nothing twice");
        first.NextBefore.ShouldBe(first.Items[^1].Id);
        last.Items.Count.ShouldBe(1);
        last.NextBefore.ShouldBeNull("no older entries");
        (await badCursor.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("before", out _).ShouldBeTrue();
    }

    [Test]
    public async Task ShouldFilterByAWindowGivenInVietnamsOffset_AsTheSameMomentsInUtc()
    {
        var province = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang");
        var now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7));
        string Moment(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("yyyy-MM-ddTHH:mm:sszzz"));

        var around = await GetAsync<AuditPageDto>($"/api/v1/audit?entityType=OrgUnit&from={Moment(now.AddHours(-1))}&to={Moment(now.AddHours(1))}");
        var before = await GetAsync<AuditPageDto>($"/api/v1/audit?entityType=OrgUnit&to={Moment(now.AddHours(-1))}");

        around.Items.ShouldContain(e => e.EntityId == province.Id.ToString());
        before.Items.ShouldNotContain(e => e.EntityId == province.Id.ToString());
    }

    [Test]
    public async Task ShouldNotLetAnyoneChangeOrDeleteTheTrail()
    {
        using var delete = await Client.DeleteAsync("/api/v1/audit");
        using var put = await Client.PutAsJsonAsync("/api/v1/audit", new { });

        delete.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        put.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
    }

    [Test]
    public async Task ShouldRecordTheSystemAdminsOwnCreation_WithoutItsSecrets()
    {
        var trail = await GetAsync<AuditPageDto>("/api/v1/audit?entityType=ApplicationUser");

        var created = trail.Items.ShouldHaveSingleItem();
        created.Changes.ShouldNotContain("passwordHash", Case.Insensitive);
        created.Changes.ShouldNotContain("securityStamp", Case.Insensitive);
        created.Changes.ShouldContain("test.admin");
    }
}
