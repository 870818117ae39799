using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Reporting;
using PapiTracker.Application.Reporting.Commands.ApproveLevel;
using PapiTracker.Application.Reporting.Commands.GenerateReportingPeriods;
using PapiTracker.Application.Reporting.Queries.GetCompleteness;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Reporting;
using PapiTracker.Infrastructure.Identity;
using static PapiTracker.Api.IntegrationTests.Reporting.ReportDownloads;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace PapiTracker.Api.IntegrationTests.Reporting;

/// <summary>
/// The reporting cycle on the demo seed, day by day in Việt Nam: Thị trấn Nếnh's Q1 2021 report is drafted
/// by its officer and submitted by its head on 19/3, returned by Việt Yên, resubmitted late on 22/3 and
/// approved; Việt Yên signs off its level; the province sees the counts; the chairman's .docx opens in LibreOffice.
/// </summary>
public sealed class DemoReportingFlowTests : ApiTest
{
    private static readonly TimeSpan VietNam = TimeSpan.FromHours(7);

    [Test]
    public async Task ShouldCarryTheNenhQuarterlyReportUpToTheChairman()
    {
        var planId = await TestActors.DemoPlanAsync();
        var officer = await TestActors.DemoUserAsync("nenh.officer");
        var head = await TestActors.DemoUserAsync("nenh.head");
        var district = await TestActors.DemoUserAsync("vietyen.coordinator");
        var province = await TestActors.DemoUserAsync("bg.coordinator");
        var chairman = await TestActors.DemoUserAsync("bg.viewer");
        var periods = await PostAsync<GeneratedPeriodsDto>(Client, $"/api/v1/plans/{planId}/reporting-periods", new { years = new[] { 2021 } });
        var q1 = periods.Periods.Single(p => p.Kind == ReportingPeriodKind.Quarterly && p.Year == 2021);
        await PostAsync<object>(Client, $"/api/v1/reporting-periods/{q1.Id}/obligations", null);
        var nenh = (await officer.GetFromJsonAsync<PagedList<ObligationDto>>($"/api/v1/reporting-periods/{q1.Id}/obligations", Json))!.Items.ShouldHaveSingleItem();

        PlayOn(new DateTimeOffset(2021, 3, 19, 10, 0, 0, VietNam));
        var draft = await SaveAsync(officer, nenh.Id, "Đã niêm yết công khai thủ tục hành chính tại bộ phận một cửa", etag: null);
        var first = await PostAsync<SubmissionDto>(head, $"/api/v1/report-submissions/{draft.Id}/submit", null);
        await PostAsync<SubmissionDto>(district, $"/api/v1/report-submissions/{draft.Id}/return", new { reason = "Bổ sung số liệu phản ánh, kiến nghị" });
        PlayOn(new DateTimeOffset(2021, 3, 22, 9, 0, 0, VietNam));
        var reread = await officer.GetAsync($"/api/v1/report-obligations/{nenh.Id}/submission");
        await SaveAsync(officer, nenh.Id, "Đã tiếp nhận và xử lý 12/12 phản ánh, kiến nghị qua cổng dịch vụ công", reread.Headers.ETag!.Tag);
        var resubmitted = await PostAsync<SubmissionDto>(head, $"/api/v1/report-submissions/{draft.Id}/submit", null);
        var approved = await PostAsync<SubmissionDto>(district, $"/api/v1/report-submissions/{draft.Id}/approve", null);
        var level = await PostAsync<LevelApprovalDto>(district, $"/api/v1/reporting-periods/{q1.Id}/levels/{nenh.RecipientId}/approve",
            new { overrideReason = "Các xã còn lại báo cáo bằng văn bản giấy" });
        PlayOn(new DateTimeOffset(2021, 4, 5, 9, 0, 0, VietNam));
        var completeness = (await province.GetFromJsonAsync<CompletenessDto>($"/api/v1/reporting-periods/{q1.Id}/completeness", Json))!;

        (first.OnTime, resubmitted.OnTime).ShouldBe((true, false), "19/3 is before the 20/3 deadline; 22/3 after it");
        approved.Versions.Select(v => v.Decision).ShouldBe([SubmissionStatus.Returned, SubmissionStatus.Approved]);
        var vietYen = completeness.Recipients.Single(r => r.RecipientId == nenh.RecipientId);
        (vietYen.Submitted, vietYen.Late, vietYen.Approved, vietYen.Missing).ShouldBe((1, 1, 1, vietYen.Expected - 1));
        level.NotApproved.ShouldBe(vietYen.Expected - 1);
        completeness.Recipients.Sum(r => r.Expected).ShouldBeGreaterThan(vietYen.Expected, "the province sees every level");

        var districtDocx = await DownloadAsync(district, $"/api/v1/reporting-periods/{q1.Id}/levels/{nenh.RecipientId}/consolidated-report.docx");
        var homeAffairs = completeness.Recipients.Single(r => r.RecipientNameVi == "Sở Nội vụ").RecipientId;
        var chairmanDocx = await DownloadAsync(chairman, $"/api/v1/reporting-periods/{q1.Id}/levels/{homeAffairs}/consolidated-report.docx");
        using var outOfScope = await officer.GetAsync($"/api/v1/reporting-periods/{q1.Id}/levels/{homeAffairs}/consolidated-report.docx");

        var districtText = DocxText(districtDocx);
        districtText.ShouldContain("Đã tiếp nhận và xử lý 12/12 phản ánh", Case.Sensitive, "the approved version's narrative");
        districtText.ShouldNotContain("Đã niêm yết công khai", Case.Sensitive, "the returned version is not consolidated");
        districtText.ShouldContain("Các xã còn lại báo cáo bằng văn bản giấy");
        var chairmanText = DocxText(chairmanDocx);
        foreach (var heading in new[] { "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO", "Tổng hợp kết quả thực hiện Kế hoạch nâng cao Chỉ số PAPI", "I. TÌNH HÌNH BÁO CÁO", "II. KẾT QUẢ THEO TỪNG LĨNH VỰC",
                     "6. Cung ứng dịch vụ công", "8. Quản trị điện tử", "III. TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ", "IV. NGUỒN SỐ LIỆU", "Đơn vị chưa gửi báo cáo: " })
            chairmanText.ShouldContain(heading);
        ValidationErrors(chairmanDocx).ShouldBeEmpty();
        ConvertsToPdf(chairmanDocx).ShouldBeTrue("LibreOffice opens the document");
        await outOfScope.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ShouldWriteTheWorkbookSoThatNoCellRunsAsAFormula()
    {
        var provinceUnit = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang");
        var district = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Việt Yên", provinceUnit);
        var tricky = await TestActors.UnitAsync(OrgUnitKind.Commune, "=HYPERLINK(\"http://evil.example\",\"Xã\")", district);
        var plain = await TestActors.UnitAsync(OrgUnitKind.Commune, "Xã Vân Trung", district);
        var (planId, _) = await TestActors.PlanAsync(provinceUnit, tricky);
        var (periodId, obligations) = await TestActors.PeriodAsync(planId, (tricky, district), (plain, district));
        await TestActors.SubmittedReportAsync(obligations[0], tricky, new DateTimeOffset(2021, 3, 10, 2, 0, 0, TimeSpan.Zero));

        var xlsx = await DownloadAsync(Client, $"/api/v1/reporting-periods/{periodId}/levels/{district.Id}/consolidated-report.xlsx");

        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var cells = workbook.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<X.Cell>()).ToList();
        cells.ShouldNotContain(c => c.CellFormula != null);
        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<X.CellFormat>().ToList();
        var dangerous = cells.Single(c => c.InnerText.StartsWith('='));
        formats[(int)dangerous.StyleIndex!.Value].QuotePrefix!.Value.ShouldBeTrue();
        cells.ShouldContain(c => c.InnerText == "Xã Vân Trung");
        ValidationErrors(xlsx, spreadsheet: true).ShouldBeEmpty();
    }

    private static void PlayOn(DateTimeOffset moment) => TestRun.Factory.Clock.Now = moment.ToUniversalTime();


    private static async Task<SubmissionDto> SaveAsync(HttpClient client, int obligation, string narrative, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/report-obligations/{obligation}/submission")
        {
            Content = JsonContent.Create(new { narratives = new Dictionary<string, string> { ["6"] = narrative, ["8"] = narrative } }),
        };
        if (etag is not null)
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        using var response = await client.SendAsync(request);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<SubmissionDto>(Json))!;
    }

    private static List<string> ValidationErrors(byte[] file, bool spreadsheet = false)
    {
        using OpenXmlPackage package = spreadsheet
            ? SpreadsheetDocument.Open(new MemoryStream(file), false)
            : WordprocessingDocument.Open(new MemoryStream(file), false);
        return new OpenXmlValidator().Validate(package).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
    }

    private static bool ConvertsToPdf(byte[] docx)
    {
        var dir = Directory.CreateTempSubdirectory("papi-docx-");
        try
        {
            var input = Path.Combine(dir.FullName, "bao-cao.docx");
            File.WriteAllBytes(input, docx);
            using var soffice = Process.Start(new ProcessStartInfo("soffice",
                ["--headless", $"-env:UserInstallation=file://{dir.FullName}/profile", "--convert-to", "pdf", "--outdir", dir.FullName, input])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            soffice.WaitForExit(TimeSpan.FromMinutes(2)).ShouldBeTrue("LibreOffice finished");
            var pdf = Path.Combine(dir.FullName, "bao-cao.pdf");
            return File.Exists(pdf) && File.ReadAllBytes(pdf).AsSpan(0, 5).SequenceEqual("%PDF-"u8);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
