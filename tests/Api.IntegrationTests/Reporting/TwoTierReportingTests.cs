using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Reporting;
using PapiTracker.Application.Reporting.Commands.ApproveLevel;
using PapiTracker.Application.Reporting.Commands.GenerateObligations;
using PapiTracker.Application.Reporting.Commands.GenerateReportingPeriods;
using PapiTracker.Application.Reporting.Queries.GetCompleteness;
using PapiTracker.Application.Reporting.Queries.GetReportingMatrix;
using PapiTracker.Application.Restructurings;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Reporting;
using PapiTracker.Infrastructure.Data;
using static PapiTracker.Api.IntegrationTests.Reporting.ReportDownloads;
using static PapiTracker.Api.IntegrationTests.Restructurings.RestructuringHttp;

namespace PapiTracker.Api.IntegrationTests.Reporting;

/// <summary>
/// Reporting after 1/7/2025 in Bắc Giang's demo tree restructured from the shared files (the provinces, the
/// communes, the districts ending on 30/6): communes and departments report straight to the Sở Nội vụ of the
/// new Bắc Ninh, and a period whose window spans the date is owed once per unit active on its due day, a
/// predecessor's report counting for its successor.
/// </summary>
public sealed class TwoTierReportingTests : ApiTest
{
    private static readonly DateOnly Reform = new(2025, 7, 1);
    private static readonly TimeSpan VietNam = TimeSpan.FromHours(7);

    [Test]
    public async Task ShouldReportStraightToSoNoiVu_AndCloseItsLevel_WhenTheDistrictsHaveEnded()
    {
        await TestActors.DemoPlanAsync();
        await RestructureBacGiangAsync();
        var bacNinh = await UnitOnAsync("24", OrgUnitKind.Province);
        var homeAffairs = await UnitAsync("Sở Nội vụ");
        var nenh = await UnitOnAsync("07795", OrgUnitKind.Commune);
        var (planId, _) = await TestActors.PlanAsync(bacNinh, null);
        var periods = await PostAsync<GeneratedPeriodsDto>(Client, $"/api/v1/plans/{planId}/reporting-periods", new { years = new[] { 2026 } });
        var q1 = periods.Periods.Single(p => p.Kind == ReportingPeriodKind.Quarterly);

        await PostAsync<GeneratedObligationsDto>(Client, $"/api/v1/reporting-periods/{q1.Id}/obligations");
        var owed = (await GetAsync<PagedList<ObligationDto>>($"/api/v1/reporting-periods/{q1.Id}/obligations?pageSize=200")).Items;

        owed.Count.ShouldBeGreaterThan(11, "the provincial bodies and the communes");
        (await KindsAsync(owed.SelectMany(o => new[] { o.UnitId, o.RecipientId }))).ShouldNotContain(OrgUnitKind.District);
        owed.ShouldNotContain(o => o.UnitNameVi.StartsWith("Phòng Nội vụ") || o.UnitNameVi == "Thị trấn Nếnh", "ended on 30/6/2025");
        owed.ShouldAllBe(o => o.RecipientId == homeAffairs.Id, "communes and departments straight to Sở Nội vụ (which owes nothing: the plan gives it no part)");
        var nenhOwes = owed.Single(o => o.UnitId == nenh.Id);

        var head = await TestActors.ClientWithRoleAsync(Role.UnitHead, nenh.Id);
        var reviewer = await TestActors.ClientWithRoleAsync(Role.Coordinator, homeAffairs.Id);
        PlayOn(new DateTimeOffset(2026, 3, 18, 9, 0, 0, VietNam));
        var draft = await SaveAsync(head, nenhOwes.Id, "Phường Nếnh đã công khai thủ tục hành chính sau sắp xếp");
        var sent = await PostAsync<SubmissionDto>(head, $"/api/v1/report-submissions/{draft.Id}/submit");
        await PostAsync<SubmissionDto>(reviewer, $"/api/v1/report-submissions/{draft.Id}/approve");
        var level = await PostAsync<LevelApprovalDto>(reviewer, $"/api/v1/reporting-periods/{q1.Id}/levels/{homeAffairs.Id}/approve",
            new { overrideReason = "Các xã, phường còn lại báo cáo bằng văn bản" });
        var completeness = (await reviewer.GetFromJsonAsync<CompletenessDto>($"/api/v1/reporting-periods/{q1.Id}/completeness", Json))!;
        var matrix = await GetAsync<ReportingMatrixDto>($"/api/v1/reporting-matrix?year=2026&unitId={bacNinh.Id}");
        var docx = await DownloadAsync(reviewer, $"/api/v1/reporting-periods/{q1.Id}/levels/{homeAffairs.Id}/consolidated-report.docx");

        sent.OnTime.ShouldBe(true);
        var toHomeAffairs = owed.Count(o => o.RecipientId == homeAffairs.Id);
        var soNoiVu = completeness.Recipients.Single(r => r.SeesLevel);
        (soNoiVu.RecipientId, soNoiVu.Expected, soNoiVu.Submitted, soNoiVu.OnTime, soNoiVu.Approved).ShouldBe((homeAffairs.Id, toHomeAffairs, 1, 1, 1));
        soNoiVu.SignOff.ShouldNotBeNull().NotApproved.ShouldBe(toHomeAffairs - 1);
        soNoiVu.Units.Single(u => u.Status == SubmissionStatus.Approved).ShouldSatisfyAllConditions(
            u => u.UnitId.ShouldBe(nenh.Id), u => u.CountsForUnitId.ShouldBe(nenh.Id), u => u.SubmissionId.ShouldBe(draft.Id));
        level.NotApproved.ShouldBe(toHomeAffairs - 1);

        matrix.Rows.Select(r => r.Kind).ShouldNotContain(OrgUnitKind.District);
        matrix.Rows.Sum(r => r.Cells.Single(c => c.Kind == ReportingPeriodKind.Quarterly).Counts.Expected).ShouldBe(owed.Count);
        matrix.Rows.Single(r => r.UnitId == nenh.Id).Cells.Single().Counts.ShouldSatisfyAllConditions(
            c => c.Expected.ShouldBe(1), c => c.Approved.ShouldBe(1));

        var text = DocxText(docx);
        text.ShouldContain("Phường Nếnh đã công khai thủ tục hành chính sau sắp xếp", Case.Sensitive, "the approved narrative");
        text.ShouldContain("Các xã, phường còn lại báo cáo bằng văn bản", Case.Sensitive, "the level's sign-off");
        text.ShouldContain("Đơn vị chưa gửi báo cáo: ");
        text.ShouldNotContain("Huyện ");
        text.ShouldNotContain("Phòng Nội vụ");
    }

    [Test]
    public async Task ShouldAskForASpanningPeriodOnlyTheUnitsActiveOnItsDueDay_WhenGeneratedAfterTheDate()
    {
        await TestActors.DemoPlanAsync();
        await RestructureBacGiangAsync();
        var bacNinh = await UnitOnAsync("24", OrgUnitKind.Province);
        var homeAffairs = await UnitAsync("Sở Nội vụ");
        var (planId, _) = await TestActors.PlanAsync(bacNinh, null);
        var periods = await PostAsync<GeneratedPeriodsDto>(Client, $"/api/v1/plans/{planId}/reporting-periods", new { years = new[] { 2025 } });
        var q3 = periods.Periods.Single(p => p.Kind == ReportingPeriodKind.ThirdQuarter);
        (q3.CoverageFrom, q3.DueOn).ShouldBe((new DateOnly(2025, 1, 1), new DateOnly(2025, 9, 20)), "a window that spans 1/7/2025");

        await PostAsync<GeneratedObligationsDto>(Client, $"/api/v1/reporting-periods/{q3.Id}/obligations");
        var again = await PostAsync<GeneratedObligationsDto>(Client, $"/api/v1/reporting-periods/{q3.Id}/obligations");
        var owed = (await GetAsync<PagedList<ObligationDto>>($"/api/v1/reporting-periods/{q3.Id}/obligations?pageSize=200")).Items;

        again.Created.ShouldBe(0);
        var ended = await EndedBeforeAsync(new DateOnly(2025, 9, 20));
        ended.ShouldContain((await UnitAsync("Thị trấn Nếnh")).Id, "it existed during the window");
        ended.ShouldContain((await UnitAsync("Huyện Việt Yên")).Id);
        owed.ShouldNotContain(o => ended.Contains(o.UnitId) || ended.Contains(o.RecipientId));
        owed.Single(o => o.UnitNameVi == "Phường Nếnh").RecipientId.ShouldBe(homeAffairs.Id);
        owed.Count(o => o.UnitNameVi == "Phường Bắc Giang").ShouldBe(1, "one report for its two predecessors' part of the window");
    }

    [Test]
    public async Task ShouldCountAPredecessorsSentReportForItsSuccessor_WhenTheSpanningPeriodWasGeneratedBeforeTheDate()
    {
        var planId = await TestActors.DemoPlanAsync();
        var periods = await PostAsync<GeneratedPeriodsDto>(Client, $"/api/v1/plans/{planId}/reporting-periods", new { years = new[] { 2025 } });
        var q3 = periods.Periods.Single(p => p.Kind == ReportingPeriodKind.ThirdQuarter);
        await PostAsync<GeneratedObligationsDto>(Client, $"/api/v1/reporting-periods/{q3.Id}/obligations");
        var before = (await GetAsync<PagedList<ObligationDto>>($"/api/v1/reporting-periods/{q3.Id}/obligations?pageSize=200")).Items;
        var tranPhu = before.Single(o => o.UnitNameVi == "Phường Trần Phú");
        var ngoQuyen = before.Single(o => o.UnitNameVi == "Phường Ngô Quyền");
        var vietYen = before.Single(o => o.UnitNameVi == "Huyện Việt Yên");
        var head = await TestActors.ClientWithRoleAsync(Role.UnitHead, tranPhu.UnitId);
        PlayOn(new DateTimeOffset(2025, 6, 25, 9, 0, 0, VietNam));
        var report = await SaveAsync(head, tranPhu.Id, "Phường Trần Phú báo cáo trước khi sáp nhập");
        await PostAsync<SubmissionDto>(head, $"/api/v1/report-submissions/{report.Id}/submit");

        PlayOn(new DateTimeOffset(2025, 7, 2, 9, 0, 0, VietNam));
        var (communes, districts) = await RestructureBacGiangAsync();
        var bacGiangWard = await UnitOnAsync("07210", OrgUnitKind.Commune);
        var homeAffairs = await UnitAsync("Sở Nội vụ");
        var bacNinh = await UnitOnAsync("24", OrgUnitKind.Province);
        var regenerated = await PostAsync<GeneratedObligationsDto>(Client, $"/api/v1/reporting-periods/{q3.Id}/obligations");
        var after = (await GetAsync<PagedList<ObligationDto>>($"/api/v1/reporting-periods/{q3.Id}/obligations?pageSize=200")).Items;
        var completeness = await GetAsync<CompletenessDto>($"/api/v1/reporting-periods/{q3.Id}/completeness");
        var matrix = await GetAsync<ReportingMatrixDto>($"/api/v1/reporting-matrix?year=2025&unitId={bacNinh.Id}");

        communes.NotCarried.ShouldContain(c => c.Id == tranPhu.Id && c.ToUnitId == bacGiangWard.Id);
        communes.NotCarried.ShouldContain(c => c.Id == ngoQuyen.Id && c.Reason!.Contains("withdrawn"));
        districts.NotCarried.ShouldContain(c => c.Id == vietYen.Id && c.Reason!.Contains("withdrawn"));
        regenerated.Created.ShouldBe(0);
        after.ShouldNotContain(o => o.Id == ngoQuyen.Id || o.Id == vietYen.Id);
        after.ShouldNotContain(o => o.UnitId == bacGiangWard.Id, "Trần Phú's report stands for the new ward");
        after.Single(o => o.Id == tranPhu.Id).ShouldSatisfyAllConditions(
            o => o.UnitId.ShouldBe(tranPhu.UnitId, "the report stays with the ward that wrote it"), o => o.RecipientId.ShouldBe(homeAffairs.Id));
        (await KindsAsync(after.SelectMany(o => new[] { o.UnitId, o.RecipientId }))).ShouldNotContain(OrgUnitKind.District);

        var soNoiVu = completeness.Recipients.Single(r => r.RecipientId == homeAffairs.Id);
        completeness.Recipients.Select(r => r.RecipientId).ShouldBe([homeAffairs.Id, bacNinh.Id], ignoreOrder: true, "no district level is left");
        var standing = soNoiVu.Units.Single(u => u.CountsForUnitId == bacGiangWard.Id);
        (standing.UnitId, standing.CountsForNameVi, standing.Status, standing.SubmissionId).ShouldBe(
            (tranPhu.UnitId, "Phường Bắc Giang", SubmissionStatus.Submitted, report.Id));
        soNoiVu.Units.ShouldContain(u => u.UnitNameVi == "Phường Nếnh" && u.CountsForUnitId == u.UnitId, "Nếnh's open obligation passed to its successor");
        (await Client.GetFromJsonAsync<SubmissionDto>($"/api/v1/report-obligations/{tranPhu.Id}/submission", Json))!
            .Narratives.Values.ShouldContain("Phường Trần Phú báo cáo trước khi sáp nhập", "the predecessor's report is reachable");

        var ward = matrix.Rows.Single(r => r.UnitId == bacGiangWard.Id).Cells.Single(c => c.Kind == ReportingPeriodKind.ThirdQuarter).Counts;
        (ward.Expected, ward.Submitted).ShouldBe((1, 1));
        matrix.Rows.Select(r => r.Kind).ShouldNotContain(OrgUnitKind.District);
    }

    /// <summary>The provinces of 2025, Bắc Giang's communes (bac-giang-communes-2025.csv), then its districts ending on 30/6/2025.</summary>
    private async Task<(RestructuringDto Communes, RestructuringDto Districts)> RestructureBacGiangAsync()
    {
        await ApplyAsync(Client, File(ReferenceFiles.Admin2025("provinces-2025.csv")));
        var communes = await ApplyAsync(Client, File(ReferenceFiles.Admin2025("bac-giang-communes-2025.csv")));
        var districts = await ApplyAsync(Client, Fields(("endLevel", "District"), ("endsOn", "2025-06-30"), ("provinceCode", "24")));
        return (communes, districts);
    }

    private static void PlayOn(DateTimeOffset moment) => TestRun.Factory.Clock.Now = moment.ToUniversalTime();

    private static async Task<SubmissionDto> SaveAsync(HttpClient client, int obligationId, string narrative)
    {
        using var response = await client.PutAsJsonAsync($"/api/v1/report-obligations/{obligationId}/submission",
            new { narratives = new Dictionary<string, string> { ["6"] = narrative } });
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<SubmissionDto>(Json))!;
    }

    private static Task<OrgUnit> UnitAsync(string nameVi) => QueryAsync(db => db.OrgUnits.AsNoTracking().SingleAsync(u => u.NameVi == nameVi));

    private static Task<OrgUnit> UnitOnAsync(string code, OrgUnitKind kind) =>
        QueryAsync(db => db.OrgUnits.AsNoTracking().SingleAsync(u => u.Code == code && u.Kind == kind && u.ActiveFrom <= Reform && (u.ActiveTo == null || u.ActiveTo >= Reform)));

    private static Task<List<OrgUnitKind>> KindsAsync(IEnumerable<int> unitIds)
    {
        var ids = unitIds.Distinct().ToList();
        return QueryAsync(db => db.OrgUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => u.Kind).Distinct().ToListAsync());
    }

    private static Task<List<int>> EndedBeforeAsync(DateOnly day) => QueryAsync(db => db.OrgUnits.AsNoTracking().Where(u => u.ActiveTo < day).Select(u => u.Id).ToListAsync());

    private static async Task<T> QueryAsync<T>(Func<ApplicationDbContext, Task<T>> query)
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ApplicationDbContext>());
    }
}
