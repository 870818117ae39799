using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.ActionItems;
using PapiTracker.Application.Common.Models;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Plans;
using PapiTracker.Infrastructure.Data;

namespace PapiTracker.Api.IntegrationTests.Plans;

/// <summary>An official without a Vietnamese keyboard types "chi so" for "Chỉ số": the action search ignores accents and case.</summary>
public sealed class ActionSearchTests : ApiTest
{
    private int _planId;

    [SetUp]
    public async Task ArrangeAsync()
    {
        (_planId, _) = await TestActors.PlanAsync(await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang"), lead: null);
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var plan = await db.Plans.SingleAsync(p => p.Id == _planId);
        db.ActionItems.AddRange(
            Action(plan, "D1.a", "Nâng cao Chỉ số tham gia của người dân ở cơ sở", "Raise participation at the grassroots"),
            Action(plan, "D2.b", "Thực hiện quy chế dân chủ ở cơ sở", "Transparency of local decisions"),
            Action(plan, "D7.c", "ĐƯỜNG giao thông nông thôn được bê tông hóa", null),
            Action(plan, "D7.d", "Sửa chữa đường ống nước sạch", "Repair the clean-water pipes"));
        await db.SaveChangesAsync();
    }

    [TestCase("chi so", "D1.a")]
    [TestCase("CHI SO", "D1.a")]
    [TestCase("Chỉ số", "D1.a")]
    [TestCase("dan chu", "D2.b")]
    [TestCase("duong", "D7.c", "D7.d")]
    [TestCase("transparency", "D2.b")]
    [TestCase("D1.a", "D1.a")]
    [TestCase("d7", "D7.c", "D7.d")]
    [TestCase("phuc dap", "D8.d")]
    [TestCase("khong co nhiem vu nay")]
    [TestCase("chi\uFFFE so", "D1.a")] // a noncharacter Unicode cannot normalise: left out, not a 500
    public async Task ShouldFindActionsByCodeOrText_RegardlessOfAccentsAndCase(string search, params string[] codes)
    {
        var found = await GetAsync<PagedList<ActionItemDto>>($"/api/v1/plans/{_planId}/actions?search={Uri.EscapeDataString(search)}");

        found.Items.Select(a => a.Code).ShouldBe(codes);
        found.TotalCount.ShouldBe(codes.Length);
    }

    private static ActionItem Action(Plan plan, string code, string textVi, string? textEn) =>
        ActionItem.Create(plan, code, ActionKind.Action, [], [], textVi, textEn, null, null, recurring: true);
}
