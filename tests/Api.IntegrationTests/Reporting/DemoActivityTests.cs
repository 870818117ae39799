using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.ActionItems;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Plans.Queries.GetPlanOverview;
using PapiTracker.Application.Reporting;
using PapiTracker.Application.Reporting.Queries.GetCompleteness;
using PapiTracker.Application.Reporting.Queries.GetReportingMatrix;
using PapiTracker.Domain.Plans;
using PapiTracker.Domain.Reporting;
using PapiTracker.Infrastructure.Data;
using PapiTracker.Infrastructure.Data.Seed;
using static PapiTracker.Api.IntegrationTests.Reporting.ReportDownloads;

namespace PapiTracker.Api.IntegrationTests.Reporting;

/// <summary>
/// The demo's 2021 year (Seed:DemoActivity), played through the use cases as the demo users on its own days, read
/// back through the API as the province and the units would read it: completeness, history, sign-offs, progress,
/// the overview's overdue action, the matrix and the consolidated report.
/// </summary>
public sealed class DemoActivityTests : ApiTest
{
    private int _planId;
    private ReportingPeriodDto _firstQuarter = null!;
    private HttpClient _province = null!;

    [SetUp]
    public async Task PlayTheYearAsync()
    {
        _planId = await TestActors.DemoPlanAsync();
        await PlayAsync();
        _province = await TestActors.DemoUserAsync("bg.coordinator");
        var periods = (await _province.GetFromJsonAsync<List<ReportingPeriodDto>>($"/api/v1/plans/{_planId}/reporting-periods", Json))!;
        _firstQuarter = periods.Single(p => p.DueOn == DemoActivity.FirstQuarterDueOn);
    }

    [TearDown]
    public void DisposeProvince() => _province.Dispose();

    [Test]
    public async Task ShouldShowTheFirstQuarterWithOnTimeLateAndMissingUnits()
    {
        var completeness = (await _province.GetFromJsonAsync<CompletenessDto>($"/api/v1/reporting-periods/{_firstQuarter.Id}/completeness", Json))!;

        var levels = completeness.Recipients.ToDictionary(r => r.RecipientNameVi);
        var vietYen = levels["Phòng Nội vụ huyện Việt Yên"];
        var tanYen = levels["Phòng Nội vụ huyện Tân Yên"];
        (vietYen.Submitted, vietYen.OnTime, vietYen.Late, vietYen.Approved, vietYen.Missing).ShouldBe((2, 1, 1, 2, 0));
        (tanYen.Submitted, tanYen.OnTime, tanYen.Late, tanYen.Approved, tanYen.Missing).ShouldBe((2, 1, 1, 2, 0));
        vietYen.Units.Single(u => u.UnitNameVi == "Thị trấn Nếnh").OnTime.ShouldBe(false, "resubmitted on 22/3, after the 20/3 deadline");
        vietYen.Units.Single(u => u.UnitNameVi == "Thị trấn Bích Động").OnTime.ShouldBe(true);
        levels["Phòng Nội vụ huyện Yên Thế"].Missing.ShouldBe(levels["Phòng Nội vụ huyện Yên Thế"].Expected, "Yên Thế's communes never reported");
        levels["Phòng Nội vụ huyện Yên Thế"].Expected.ShouldBeGreaterThan(0);
        var homeAffairs = levels["Sở Nội vụ"];
        homeAffairs.Units.Single(u => u.UnitNameVi == "Huyện Việt Yên").Status.ShouldBe(SubmissionStatus.Approved);
        homeAffairs.Missing.ShouldBeGreaterThan(0, "the departments and the other districts did not report");
    }

    [Test]
    public async Task ShouldKeepTheReturnedAndCorrectedReportWithItsHistory()
    {
        var obligations = (await _province.GetFromJsonAsync<PagedList<ObligationDto>>(
            $"/api/v1/reporting-periods/{_firstQuarter.Id}/obligations?pageSize=200", Json))!.Items;
        using var officer = await TestActors.DemoUserAsync("nenh.officer");

        var nenh = (await officer.GetFromJsonAsync<SubmissionDto>(
            $"/api/v1/report-obligations/{obligations.Single(o => o.UnitNameVi == "Thị trấn Nếnh").Id}/submission", Json))!;

        nenh.Status.ShouldBe(SubmissionStatus.Approved);
        nenh.Versions.Select(v => v.Decision).ShouldBe([SubmissionStatus.Returned, SubmissionStatus.Approved]);
        nenh.Narratives["6"].ShouldStartWith("Đã tiếp nhận và xử lý 12/12 phản ánh", Case.Sensitive, "the corrected text");
        nenh.Actions.ShouldContain(a => a.Code == "D2.a" && a.Status == ActionStatus.InProgress, "the progress recorded before the report");
    }

    [Test]
    public async Task ShouldSignOffTheLevelsOfTheDistrictsThatApprovedAllTheirCommunes()
    {
        var completeness = (await _province.GetFromJsonAsync<CompletenessDto>($"/api/v1/reporting-periods/{_firstQuarter.Id}/completeness", Json))!;

        var signedOff = completeness.Recipients.Where(r => r.SignOff is not null).ToList();
        signedOff.Select(r => r.RecipientNameVi).ShouldBe(["Phòng Nội vụ huyện Tân Yên", "Phòng Nội vụ huyện Việt Yên"], ignoreOrder: true);
        signedOff.ShouldAllBe(r => r.SignOff!.NotApproved == 0 && r.SignOff.OverrideReason == null);
        signedOff.ShouldAllBe(r => r.SignOff!.ApprovedAt < new DateTimeOffset(2021, 4, 1, 0, 0, 0, TimeSpan.Zero), "signed off in March 2021");
    }

    [Test]
    public async Task ShouldRecordProgressWithAnEvidenceFileAndLeaveOneActionOverdue()
    {
        var actions = await ActionIdsAsync();

        var log = (await _province.GetFromJsonAsync<PagedList<ActionProgressDto>>($"/api/v1/action-items/{actions["D2.a"]}/progress", Json))!.Items;
        var overview = (await _province.GetFromJsonAsync<PlanOverviewDto>($"/api/v1/plans/{_planId}/overview", Json))!;
        var overdue = (await _province.GetFromJsonAsync<ActionItemDto>($"/api/v1/action-items/{actions[DemoActivity.OverdueActionCode]}", Json))!;

        var entry = log.ShouldHaveSingleItem();
        (entry.UnitNameVi, entry.ReportedOn, entry.Status, entry.Percent).ShouldBe(("Thị trấn Nếnh", new DateOnly(2021, 3, 10), ActionStatus.InProgress, 50));
        var evidence = entry.Evidence.ShouldHaveSingleItem();
        evidence.ContentType.ShouldBe("application/pdf");
        var file = await _province.GetByteArrayAsync($"/api/v1/evidence/{evidence.Id}");
        file.AsSpan(0, 5).SequenceEqual("%PDF-"u8).ShouldBeTrue();
        overview.Overdue.ShouldBe(1);
        (overdue.DueDate, overdue.Status, overdue.DeadlineState).ShouldBe((DemoActivity.OverdueActionDueOn, ActionStatus.InProgress, DeadlineState.Overdue));
    }

    [Test]
    public async Task ShouldShowTheYearInTheMatrixAndInTheDistrictsConsolidatedReport()
    {
        var provinceId = await ProvinceIdAsync();
        using var district = await TestActors.DemoUserAsync("vietyen.coordinator");
        var completeness = (await district.GetFromJsonAsync<CompletenessDto>($"/api/v1/reporting-periods/{_firstQuarter.Id}/completeness", Json))!;
        var level = completeness.Recipients.Single(r => r.RecipientNameVi == "Phòng Nội vụ huyện Việt Yên").RecipientId;

        var matrix = (await _province.GetFromJsonAsync<ReportingMatrixDto>($"/api/v1/reporting-matrix?year=2021&unitId={provinceId}", Json))!;
        var docx = await DownloadAsync(district, $"/api/v1/reporting-periods/{_firstQuarter.Id}/levels/{level}/consolidated-report.docx");

        ReportCounts FirstQuarterOf(string unit) => matrix.Rows.Single(r => r.UnitNameVi == unit).Cells.Single(c => c.Kind == ReportingPeriodKind.Quarterly).Counts;
        var vietYen = FirstQuarterOf("Huyện Việt Yên");
        (vietYen.Submitted, vietYen.Late, vietYen.Approved).ShouldBe((3, 1, 3), "Bích Động, Nếnh (late) and the district's own report");
        var yenThe = FirstQuarterOf("Huyện Yên Thế");
        (yenThe.Submitted, yenThe.Missing).ShouldBe((0, yenThe.Expected));
        var text = DocxText(docx);
        text.ShouldContain("Đã tiếp nhận và xử lý 12/12 phản ánh", Case.Sensitive, "the approved version's narrative");
        text.ShouldNotContain("Đã niêm yết công khai thủ tục hành chính", Case.Sensitive, "the returned version is not consolidated");
    }

    [Test]
    public async Task ShouldPlayTheYearOnlyOnce()
    {
        var before = await CountsAsync();

        await PlayAsync();

        (await CountsAsync()).ShouldBe(before);
        before.Submissions.ShouldBe(5);
    }

    private static async Task PlayAsync()
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoPlan>().EnsureReportingCalendarAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<DemoActivity>().EnsureAsync(CancellationToken.None);
    }

    private static async Task<(int Submissions, int Versions, int Progress, int Evidence, int Levels, int Users)> CountsAsync()
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        return (await db.ReportSubmissions.CountAsync(), await db.SubmissionVersions.CountAsync(), await db.ActionProgress.CountAsync(),
            await db.EvidenceFiles.CountAsync(), await db.LevelApprovals.CountAsync(), await db.Users.CountAsync());
    }

    private static async Task<int> ProvinceIdAsync()
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().OrgUnits.Where(DemoSeed.IsDemoProvince).Select(u => u.Id).SingleAsync();
    }

    private async Task<Dictionary<string, int>> ActionIdsAsync()
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().ActionItems
            .Where(a => a.PlanId == _planId).ToDictionaryAsync(a => a.Code, a => a.Id);
    }
}
