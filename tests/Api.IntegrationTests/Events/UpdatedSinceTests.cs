using System.Net;
using System.Net.Http.Json;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.ActionItems;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.OrgUnits;
using PapiTracker.Application.Reporting;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Api.IntegrationTests.Events;

/// <summary><c>updatedSince</c> on the lists an integration syncs: what changed at or after the moment, by the server's clock.</summary>
public sealed class UpdatedSinceTests : ApiTest
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    /// <summary>
    /// Rows written directly are stamped by the API's clock, set back for them; requests run on the real clock (a token
    /// issued now is not valid on another day).
    /// </summary>
    private static async Task<T> WrittenAtAsync<T>(DateTimeOffset at, Func<Task<T>> write)
    {
        TestRun.Factory.Clock.Now = at;
        try
        {
            return await write();
        }
        finally
        {
            TestRun.Factory.Clock.Now = null;
        }
    }

    private static string Iso(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));

    [Test]
    public async Task ShouldListOnlyTheUnitsChangedSince()
    {
        var province = await WrittenAtAsync(Now.AddDays(-3), () => TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang"));
        var early = await WrittenAtAsync(Now.AddDays(-3), () => TestActors.UnitAsync(OrgUnitKind.District, "Huyện Việt Yên", province));
        var later = await WrittenAtAsync(Now.AddDays(-1), () => TestActors.UnitAsync(OrgUnitKind.District, "Huyện Hiệp Hòa", province));

        (await UnitNamesAsync(Iso(Now.AddDays(-2)))).ShouldBe([later.NameVi]);

        var beforeRename = DateTimeOffset.UtcNow.AddSeconds(-1);
        using var rename = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/org-units/{early.Id}") { Content = JsonContent.Create(new { nameVi = "Thị xã Việt Yên" }) };
        rename.Headers.IfMatch.Add(System.Net.Http.Headers.EntityTagHeaderValue.Any);
        using (var renamed = await Client.SendAsync(rename))
            await renamed.ShouldHaveStatusAsync(HttpStatusCode.OK);

        (await UnitNamesAsync(Iso(beforeRename.ToOffset(TimeSpan.FromHours(7))))).ShouldBe(["Thị xã Việt Yên"]);
        (await UnitNamesAsync(Iso(Now.AddDays(-2)))).ShouldBe(["Huyện Hiệp Hòa", "Thị xã Việt Yên"], ignoreOrder: true);
        (await UnitNamesAsync(Iso(Now.AddDays(-4)))).Count.ShouldBe(3);
    }

    [Test]
    public async Task ShouldListOnlyTheActionsAndObligationsChangedSince()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (commune, planId, actionId, periodId, obligations) = await WrittenAtAsync(Now.AddDays(-3), async () =>
        {
            var province = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang");
            var district = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Việt Yên", province);
            var nenh = await TestActors.UnitAsync(OrgUnitKind.Commune, "Thị trấn Nếnh", district);
            var other = await TestActors.UnitAsync(OrgUnitKind.Commune, "Xã Tăng Tiến", district);
            var (plan, action) = await TestActors.PlanAsync(province, nenh);
            var (period, owed) = await TestActors.PeriodAsync(plan, today.AddDays(20), null, (nenh, district), (other, district));
            return (nenh, plan, action, period, owed);
        });

        var head = await TestActors.ClientWithRoleAsync(Role.UnitHead, commune.Id);
        using (var progress = await head.PostAsJsonAsync($"/api/v1/action-items/{actionId}/progress",
                   new { unitId = commune.Id, reportedOn = today, status = "InProgress", percent = 10, narrative = "Đã triển khai" }, Json))
            await progress.ShouldHaveStatusAsync(HttpStatusCode.Created);
        await TestActors.SubmittedReportAsync(obligations[0], commune);

        var since = Iso(Now.AddDays(-1));
        (await GetAsync<PagedList<ActionItemDto>>($"/api/v1/plans/{planId}/actions?updatedSince={since}")).Items.ShouldHaveSingleItem().Id.ShouldBe(actionId);
        (await GetAsync<PagedList<ActionItemDto>>($"/api/v1/plans/{planId}/actions?updatedSince={Iso(DateTimeOffset.UtcNow.AddHours(1))}")).Items.ShouldBeEmpty();

        var changed = await GetAsync<PagedList<ObligationDto>>($"/api/v1/reporting-periods/{periodId}/obligations?updatedSince={since}");
        changed.Items.ShouldHaveSingleItem().Id.ShouldBe(obligations[0], "its report was submitted; the other's was not");
        (await GetAsync<PagedList<ObligationDto>>($"/api/v1/reporting-periods/{periodId}/obligations")).Items.Count.ShouldBe(2);
    }

    [TestCase("/api/v1/org-units?updatedSince=yesterday")]
    [TestCase("/api/v1/plans/1/actions?updatedSince=2027-13-01")]
    public async Task ShouldRefuseAMomentThatIsNotOne(string url)
    {
        using var response = await Client.GetAsync(url);
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    private async Task<List<string>> UnitNamesAsync(string since) =>
        (await GetAsync<PagedList<OrgUnitDto>>($"/api/v1/org-units?updatedSince={since}&pageSize=200")).Items.Select(u => u.NameVi).ToList();
}
