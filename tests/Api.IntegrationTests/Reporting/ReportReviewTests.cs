using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.ActionItems;
using PapiTracker.Application.Reporting;
using PapiTracker.Application.Reporting.Queries.GetCompleteness;
using PapiTracker.Application.Reporting.Queries.GetLevel;
using PapiTracker.Application.Reporting.Queries.GetSubmissionVersion;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Plans;
using PapiTracker.Domain.Reporting;
using PapiTracker.Infrastructure.Data;

namespace PapiTracker.Api.IntegrationTests.Reporting;

/// <summary>
/// What a report carries (each action's state from the progress log, attachments, the unit plan) and
/// how the receiver handles it: versions of returned reports, reopening, bulk approval, the level's sign-off.
/// </summary>
public sealed class ReportReviewTests : ApiTest
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private OrgUnit _province = null!;
    private OrgUnit _district = null!;
    private OrgUnit _commune = null!;
    private OrgUnit _second = null!;
    private OrgUnit _otherDistrict = null!;
    private int _planId;
    private int _actionId;
    private HttpClient _officer = null!;
    private HttpClient _head = null!;
    private HttpClient _reviewer = null!;

    [SetUp]
    public async Task ArrangeAsync()
    {
        _province = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang");
        _district = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Việt Yên", _province);
        _commune = await TestActors.UnitAsync(OrgUnitKind.Commune, "Thị trấn Nếnh", _district);
        _second = await TestActors.UnitAsync(OrgUnitKind.Commune, "Xã Vân Trung", _district);
        _otherDistrict = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Hiệp Hòa", _province);
        (_planId, _actionId) = await TestActors.PlanAsync(_province, _commune);
        _officer = await TestActors.ClientWithRoleAsync(Role.UnitOfficer, _commune.Id);
        _head = await TestActors.ClientWithRoleAsync(Role.UnitHead, _commune.Id);
        _reviewer = await TestActors.ClientWithRoleAsync(Role.Coordinator, _district.Id);
    }

    [Test]
    public async Task ShouldReportEachActionAsTheProgressLogShowsItUpToTheCutOff()
    {
        var (_, obligations) = await TestActors.PeriodAsync(_planId, Today.AddDays(3), null, (_commune, _district));
        await ProgressAsync(Today.AddDays(-10), ActionStatus.InProgress, 40, "Đã lắp đặt hộp thư góp ý");
        var afterCutOff = Today.AddDays(-1);
        await ProgressAsync(afterCutOff, ActionStatus.Completed, 100, "Sau ngày chốt số liệu");

        var draft = await SaveAsync(obligations[0]);
        var submitted = await PostAsync<SubmissionDto>(_head, $"/api/v1/report-submissions/{draft.Id}/submit");
        await ProgressAsync(Today.AddDays(-8), ActionStatus.Completed, 100, "Ghi sau khi gửi báo cáo");
        var asSent = await GetAsync(_reviewer, obligations[0]);

        var action = draft.Actions.ShouldHaveSingleItem();
        (action.ActionId, action.Role, action.Status, action.Percent, action.Narrative).ShouldBe(
            (_actionId, ActionUnitRole.Lead, ActionStatus.InProgress, 40, "Đã lắp đặt hộp thư góp ý"), "the report after the data cut-off is left out");
        action.Evidence.ShouldHaveSingleItem().FileName.ShouldBe("hop-thu.pdf");
        submitted.Actions.Select(a => (a.ProgressId, a.Percent, a.Evidence.Single().Id)).ShouldBe(
            draft.Actions.Select(a => (a.ProgressId, a.Percent, a.Evidence.Single().Id)), "what is sent is what the draft showed");
        asSent.Actions.Single().Narrative.ShouldBe("Đã lắp đặt hộp thư góp ý", "a sent report is frozen: later progress does not change it");
    }

    [Test]
    public async Task ShouldKeepEveryVersionOfAReturnedReport()
    {
        var (_, obligations) = await TestActors.PeriodAsync(_planId, Today.AddDays(3), null, (_commune, _district));
        var id = (await SaveAsync(obligations[0], "Bản đầu")).Id;
        await PostAsync<SubmissionDto>(_head, $"/api/v1/report-submissions/{id}/submit");
        await PostAsync<SubmissionDto>(_reviewer, $"/api/v1/report-submissions/{id}/return", new { reason = "Thiếu số liệu" });
        await SaveAsync(obligations[0], "Bản bổ sung", (await _officer.GetAsync($"/api/v1/report-obligations/{obligations[0]}/submission")).Headers.ETag!.Tag);
        await PostAsync<SubmissionDto>(_head, $"/api/v1/report-submissions/{id}/submit");

        var approved = await PostAsync<SubmissionDto>(_reviewer, $"/api/v1/report-submissions/{id}/approve");

        approved.Versions.Select(v => (v.Number, v.Decision, v.Reason)).ShouldBe(
            [(1, SubmissionStatus.Returned, "Thiếu số liệu"), (2, SubmissionStatus.Approved, null)]);
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var first = await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().SubmissionVersions.SingleAsync(v => v.SubmissionId == id && v.Number == 1);
        ReportContent.FromJson(first.Content).Narratives["8"].ShouldBe("Bản đầu", "the returned version keeps what it said");
    }

    [Test]
    public async Task ShouldLetOnlyTheApproverReopenAnApprovedReportWithAReason()
    {
        var (periodId, obligations) = await TestActors.PeriodAsync(_planId, Today.AddDays(3), null, (_commune, _district));
        var id = (await SaveAsync(obligations[0])).Id.ShouldNotBeNull();
        await PostAsync<SubmissionDto>(_head, $"/api/v1/report-submissions/{id}/submit");
        await PostAsync<SubmissionDto>(_reviewer, $"/api/v1/report-submissions/{id}/approve");
        await PostAsync<LevelApprovalDto>(_reviewer, $"/api/v1/reporting-periods/{periodId}/levels/{_district.Id}/approve", new { });

        using var byHead = await _head.PostAsJsonAsync($"/api/v1/report-submissions/{id}/reopen", new { reason = "Sửa lỗi chính tả" });
        using var noReason = await _reviewer.PostAsJsonAsync($"/api/v1/report-submissions/{id}/reopen", new { reason = " " });
        var reopened = await PostAsync<SubmissionDto>(_reviewer, $"/api/v1/report-submissions/{id}/reopen", new { reason = "Đơn vị xin sửa số liệu quý" });
        var edited = await SaveAsync(obligations[0], "Số liệu đã sửa", (await _officer.GetAsync($"/api/v1/report-obligations/{obligations[0]}/submission")).Headers.ETag!.Tag);

        await byHead.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await noReason.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("reason", out _).ShouldBeTrue();
        (reopened.Status, reopened.ReturnReason).ShouldBe((SubmissionStatus.Returned, "Đơn vị xin sửa số liệu quý"));
        var kept = reopened.Versions.ShouldHaveSingleItem();
        (kept.Decision, kept.ReopenReason).ShouldBe((SubmissionStatus.Approved, "Đơn vị xin sửa số liệu quý"), "the history still shows the approval, then the reopening");
        kept.ReopenedAt.ShouldNotBeNull();
        edited.Narratives["8"].ShouldBe("Số liệu đã sửa");
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        (await db.LevelApprovals.AnyAsync(a => a.PeriodId == periodId)).ShouldBeFalse("reopening a report withdraws its level's approval");
        (await db.AuditEntries.CountAsync(e => e.EntityType == nameof(ReportSubmission) && e.EntityId == id.ToString())).ShouldBeGreaterThanOrEqualTo(4);
    }

    [Test]
    public async Task ShouldReadAKeptVersionAsItWasSent_ForBothSidesOnly()
    {
        var (_, obligations) = await TestActors.PeriodAsync(_planId, Today.AddDays(3), null, (_commune, _district));
        var id = (await SaveAsync(obligations[0], "Bản đầu")).Id;
        await PostAsync<SubmissionDto>(_head, $"/api/v1/report-submissions/{id}/submit");
        await PostAsync<SubmissionDto>(_reviewer, $"/api/v1/report-submissions/{id}/return", new { reason = "Thiếu số liệu" });
        await SaveAsync(obligations[0], "Bản bổ sung", "*");
        await PostAsync<SubmissionDto>(_head, $"/api/v1/report-submissions/{id}/submit");

        var first = (await _officer.GetFromJsonAsync<SubmissionVersionContentDto>($"/api/v1/report-submissions/{id}/versions/1", Json))!;
        var second = (await _reviewer.GetFromJsonAsync<SubmissionVersionContentDto>($"/api/v1/report-submissions/{id}/versions/2", Json))!;
        using var missing = await _reviewer.GetAsync($"/api/v1/report-submissions/{id}/versions/3");
        using var stranger = await (await TestActors.ClientWithRoleAsync(Role.Coordinator, _otherDistrict.Id)).GetAsync($"/api/v1/report-submissions/{id}/versions/1");

        (first.Version.Decision, first.Version.Reason, first.Content.Narratives["8"]).ShouldBe((SubmissionStatus.Returned, "Thiếu số liệu", "Bản đầu"));
        (second.Version.Decision, second.Content.Narratives["8"]).ShouldBe((SubmissionStatus.Submitted, "Bản bổ sung"));
        await missing.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await stranger.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ShouldRemoveOnlyFilesNoSentVersionCarries()
    {
        var (_, obligations) = await TestActors.PeriodAsync(_planId, Today.AddDays(3), null, (_commune, _district));
        var id = (await SaveAsync(obligations[0])).Id.ShouldNotBeNull();
        var mistaken = await AttachedAsync(id, "nham.pdf");
        var sent = await AttachedAsync(id, "bao-cao-quy.pdf");

        using var removed = await _officer.DeleteAsync($"/api/v1/report-attachments/{mistaken}");
        using var byStranger = await (await TestActors.ClientWithRoleAsync(Role.Coordinator, _otherDistrict.Id)).DeleteAsync($"/api/v1/report-attachments/{sent}");
        await PostAsync<SubmissionDto>(_head, $"/api/v1/report-submissions/{id}/submit");
        using var whileSubmitted = await _officer.DeleteAsync($"/api/v1/report-attachments/{sent}");
        await PostAsync<SubmissionDto>(_reviewer, $"/api/v1/report-submissions/{id}/return", new { reason = "Bổ sung phụ lục" });
        using var sentWithVersion1 = await _officer.DeleteAsync($"/api/v1/report-attachments/{sent}");
        var added = await AttachedAsync(id, "phu-luc.pdf");
        using var addedAfterReturn = await _officer.DeleteAsync($"/api/v1/report-attachments/{added}");
        using var again = await _officer.DeleteAsync($"/api/v1/report-attachments/{added}");

        await removed.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        await byStranger.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await whileSubmitted.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await sentWithVersion1.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("version 1");
        await addedAfterReturn.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        await again.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await GetAsync(_officer, obligations[0])).Attachments.Select(a => a.FileName).ShouldBe(["bao-cao-quy.pdf"]);
        (await _reviewer.GetAsync($"/api/v1/report-attachments/{sent}")).StatusCode.ShouldBe(HttpStatusCode.OK, "the sent version still downloads its file");
    }

    [Test]
    public async Task ShouldKeepTheUnitPlanDocumentUntilTheDraftNamesAnother()
    {
        var (_, obligations) = await TestActors.PeriodAsync(_planId, ReportingPeriodKind.UnitPlan, Today.AddDays(3), null, (_commune, _district));
        var id = (await SaveAsync(obligations[0])).Id.ShouldNotBeNull();
        var document = await AttachedAsync(id, "ke-hoach.pdf");
        var signed = await AttachedAsync(id, "ke-hoach-da-ky.pdf");
        object Plan(long documentId) => new { narratives = new { }, unitPlan = new { number = "15/KH-UBND", issuedOn = Today, documentId, committedActionIds = new[] { _actionId } } };
        await SaveAsync(obligations[0], Plan(document), "*");

        using var named = await _officer.DeleteAsync($"/api/v1/report-attachments/{document}");
        await SaveAsync(obligations[0], Plan(signed), "*");
        using var replaced = await _officer.DeleteAsync($"/api/v1/report-attachments/{document}");

        (await named.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("signed document");
        await replaced.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
    }

    [Test]
    public async Task ShouldTellALevelsCountsAndItsSignOff()
    {
        var (periodId, obligations) = await TestActors.PeriodAsync(_planId, Today.AddDays(3), null, (_commune, _district), (_second, _district));
        var id = await TestActors.SubmittedReportAsync(obligations[0], _commune);
        await PostAsync<SubmissionDto>(_reviewer, $"/api/v1/report-submissions/{id}/approve");
        var level = $"/api/v1/reporting-periods/{periodId}/levels/{_district.Id}";

        var before = (await _reviewer.GetFromJsonAsync<LevelDto>(level, Json))!;
        await PostAsync<LevelApprovalDto>(_reviewer, $"{level}/approve", new { overrideReason = "Xã Vân Trung báo cáo bằng giấy" });
        var after = (await _head.GetFromJsonAsync<LevelDto>($"/api/v1/reporting-periods/{periodId}/levels/{_commune.Id}", Json))!;
        var signed = (await _reviewer.GetFromJsonAsync<LevelDto>(level, Json))!;
        using var stranger = await (await TestActors.ClientWithRoleAsync(Role.Coordinator, _otherDistrict.Id)).GetAsync(level);

        (before.Owed, before.Approved, before.SignOff).ShouldBe((2, 1, null));
        (signed.Owed, signed.Approved, signed.SignOff?.NotApproved, signed.SignOff?.OverrideReason).ShouldBe((2, 1, 1, "Xã Vân Trung báo cáo bằng giấy"));
        (after.Owed, after.SignOff).ShouldBe((0, null), "nothing is owed to a commune");
        await stranger.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ShouldCarryEachLevelsSignOffInCompleteness_NotTheAnswerReadBeforeIt()
    {
        var (periodId, obligations) = await TestActors.PeriodAsync(_planId, Today.AddDays(3), null,
            (_commune, _district), (_second, _district), (_district, _province));
        var id = await TestActors.SubmittedReportAsync(obligations[0], _commune);
        await PostAsync<SubmissionDto>(_reviewer, $"/api/v1/report-submissions/{id}/approve");
        var level = $"/api/v1/reporting-periods/{periodId}/levels/{_district.Id}";

        var before = await CompletenessAsync(_reviewer, periodId);
        var owed = (await _reviewer.GetFromJsonAsync<LevelDto>(level, Json))!;
        await PostAsync<LevelApprovalDto>(_reviewer, $"{level}/approve", new { overrideReason = "Xã Vân Trung báo cáo bằng giấy" });
        await PostAsync<LevelApprovalDto>(Client, $"/api/v1/reporting-periods/{periodId}/levels/{_province.Id}/approve", new { overrideReason = "Huyện chưa gửi" });
        var after = await CompletenessAsync(_reviewer, periodId);
        var asAdmin = await CompletenessAsync(Client, periodId);

        var unsigned = before.Recipients.Single(r => r.RecipientId == _district.Id);
        (unsigned.SeesLevel, unsigned.Expected, unsigned.Approved, unsigned.SignOff).ShouldBe((true, owed.Owed, owed.Approved, null),
            "a level the reviewer sees counts what its read counts, so the sign-off form needs nothing more");
        var signed = after.Recipients.Single(r => r.RecipientId == _district.Id).SignOff.ShouldNotBeNull("the answer read before the sign-off is not served again");
        (signed.PeriodId, signed.UnitId, signed.NotApproved, signed.OverrideReason).ShouldBe((periodId, _district.Id, 1, "Xã Vân Trung báo cáo bằng giấy"));
        var above = after.Recipients.Single(r => r.RecipientId == _province.Id);
        (above.SeesLevel, above.Expected, above.SignOff).ShouldBe((false, 1, null), "the province is listed for the district's own report; its level is not the district's to read");
        asAdmin.Recipients.Single(r => r.RecipientId == _province.Id).SignOff.ShouldNotBeNull().OverrideReason.ShouldBe("Huyện chưa gửi", "who sees the province sees its sign-off");
    }

    [Test]
    public async Task ShouldApproveALevelOnlyWhenEveryReportIsApprovedOrWithAnOverrideReason()
    {
        var (periodId, obligations) = await TestActors.PeriodAsync(_planId, Today.AddDays(3), null, (_commune, _district), (_second, _district));
        var id = await TestActors.SubmittedReportAsync(obligations[0], _commune);
        await PostAsync<SubmissionDto>(_reviewer, $"/api/v1/report-submissions/{id}/approve");
        var level = $"/api/v1/reporting-periods/{periodId}/levels/{_district.Id}/approve";

        using var open = await _reviewer.PostAsJsonAsync(level, new { });
        using var byOtherDistrict = await (await TestActors.ClientWithRoleAsync(Role.Coordinator, _otherDistrict.Id)).PostAsJsonAsync(level, new { overrideReason = "x" });
        var overridden = await PostAsync<LevelApprovalDto>(_reviewer, level, new { overrideReason = "Xã Vân Trung đang sáp nhập" });
        using var twice = await _reviewer.PostAsJsonAsync(level, new { overrideReason = "Lần hai" });

        (await open.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("1 report(s)");
        await byOtherDistrict.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (overridden.NotApproved, overridden.OverrideReason).ShouldBe((1, "Xã Vân Trung đang sáp nhập"));
        await twice.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task ShouldBulkApproveAllOrNone()
    {
        var (_, obligations) = await TestActors.PeriodAsync(_planId, Today.AddDays(3), null, (_commune, _district), (_second, _district));
        var first = await TestActors.SubmittedReportAsync(obligations[0], _commune);
        var second = (await SaveAsync(obligations[1], "Nháp", client: Client)).Id;

        using var mixed = await _reviewer.PostAsJsonAsync("/api/v1/report-submissions/approve", new { submissionIds = new[] { first, second } });
        var stillSubmitted = await GetAsync(_reviewer, obligations[0]);
        await PostAsync<SubmissionDto>(Client, $"/api/v1/report-submissions/{second}/submit");
        var approved = await PostAsync<List<SubmissionDto>>(_reviewer, "/api/v1/report-submissions/approve", new { submissionIds = new[] { first, second } });
        using var empty = await _reviewer.PostAsJsonAsync("/api/v1/report-submissions/approve", new { submissionIds = Array.Empty<int>() });

        (await mixed.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain($"Report {second}");
        stillSubmitted.Status.ShouldBe(SubmissionStatus.Submitted, "nothing is approved when one cannot be");
        approved.Select(s => s.Status).ShouldBe([SubmissionStatus.Approved, SubmissionStatus.Approved]);
        await empty.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ShouldAttachFilesToAReportBeingWrittenOnly()
    {
        var (_, obligations) = await TestActors.PeriodAsync(_planId, Today.AddDays(3), null, (_commune, _district));
        var id = (await SaveAsync(obligations[0])).Id.ShouldNotBeNull();

        using var attached = await AttachAsync(_officer, id, TestActors.Pdf, "bao-cao-quy.pdf");
        var attachment = (await attached.Content.ReadFromJsonAsync<AttachmentDto>(Json))!;
        using var renamed = await AttachAsync(_officer, id, "MZ\u0090\0"u8.ToArray(), "bao-cao.pdf");
        using var download = await _reviewer.GetAsync($"/api/v1/report-attachments/{attachment.Id}");
        using var stranger = await (await TestActors.ClientWithRoleAsync(Role.Coordinator, _otherDistrict.Id)).GetAsync($"/api/v1/report-attachments/{attachment.Id}");
        await PostAsync<SubmissionDto>(_head, $"/api/v1/report-submissions/{id}/submit");
        using var afterSubmit = await AttachAsync(_officer, id, TestActors.Pdf, "bo-sung.pdf");
        var sent = await GetAsync(_reviewer, obligations[0]);

        await attached.ShouldHaveStatusAsync(HttpStatusCode.Created);
        await renamed.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(TestActors.Pdf);
        await stranger.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await afterSubmit.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        sent.Attachments.ShouldHaveSingleItem().FileName.ShouldBe("bao-cao-quy.pdf");
    }

    [Test]
    public async Task ShouldNeedTheUnitPlanDocumentToSubmitAUnitPlan()
    {
        var (_, obligations) = await TestActors.PeriodAsync(_planId, ReportingPeriodKind.UnitPlan, Today.AddDays(3), null, (_commune, _district), (_second, _district));
        var id = (await SaveAsync(obligations[0])).Id.ShouldNotBeNull();
        var other = (await SaveAsync(obligations[1], client: Client)).Id.ShouldNotBeNull();
        using var otherFile = await AttachAsync(Client, other, TestActors.Pdf, "ke-hoach-xa-khac.pdf");
        var foreignDocument = (await otherFile.Content.ReadFromJsonAsync<AttachmentDto>(Json))!.Id;

        using var withoutDocument = await _head.PostAsync($"/api/v1/report-submissions/{id}/submit", null);
        using var attached = await AttachAsync(_officer, id, TestActors.Pdf, "ke-hoach-15-kh-ubnd.pdf");
        var document = (await attached.Content.ReadFromJsonAsync<AttachmentDto>(Json))!.Id;
        using var foreign = await SaveRawAsync(obligations[0], new { narratives = new { }, unitPlan = new { number = "15/KH-UBND", issuedOn = Today, documentId = foreignDocument, committedActionIds = new[] { _actionId } } }, "*");
        var planned = await SaveAsync(obligations[0], new { narratives = new { }, unitPlan = new { number = "15/KH-UBND", issuedOn = Today, documentId = document, committedActionIds = new[] { _actionId } } }, "*");
        var submitted = await PostAsync<SubmissionDto>(_head, $"/api/v1/report-submissions/{id}/submit");

        (await withoutDocument.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("number, date and the signed file");
        (await foreign.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("unitPlan.documentId", out _).ShouldBeTrue();
        planned.UnitPlan.ShouldBe(new UnitPlanDocument("15/KH-UBND", Today, document, [_actionId]), new UnitPlanComparer());
        submitted.Status.ShouldBe(SubmissionStatus.Submitted);
    }

    [Test]
    public async Task ShouldLetOfficersSubmitOnlyWhereTheirUnitAllows()
    {
        var (_, obligations) = await TestActors.PeriodAsync(_planId, Today.AddDays(3), null, (_commune, _district));
        var id = (await SaveAsync(obligations[0])).Id.ShouldNotBeNull();

        using var notAllowed = await _officer.PostAsync($"/api/v1/report-submissions/{id}/submit", null);
        var allow = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/org-units/{_commune.Id}")
        {
            Content = JsonContent.Create(new { nameVi = _commune.NameVi, officersMaySubmit = true }),
        };
        allow.Headers.TryAddWithoutValidation("If-Match", "*");
        using var allowed = await Client.SendAsync(allow);
        var submitted = await PostAsync<SubmissionDto>(_officer, $"/api/v1/report-submissions/{id}/submit");

        (await notAllowed.ShouldBeProblemAsync(HttpStatusCode.Forbidden)).GetProperty("detail").GetString()!.ShouldContain("does not let its officers submit");
        (await allowed.Content.ReadFromJsonAsync<Application.OrgUnits.OrgUnitDto>(Json))!.OfficersMaySubmit.ShouldBeTrue();
        submitted.Status.ShouldBe(SubmissionStatus.Submitted);
    }

    [Test]
    public async Task ShouldAuditRefusedWritesAndWriteNothingElse()
    {
        var (_, obligations) = await TestActors.PeriodAsync(_planId, Today.AddDays(-10), Today.AddDays(-2), (_commune, _district));
        var id = (await SaveAsync(obligations[0])).Id.ShouldNotBeNull();
        var stranger = await TestActors.ClientWithRoleAsync(Role.Coordinator, _otherDistrict.Id);

        using var locked = await _head.PostAsync($"/api/v1/report-submissions/{id}/submit", null);
        using var notTheReceiver = await stranger.PostAsJsonAsync($"/api/v1/report-submissions/{id}/reopen", new { reason = "Thử" });

        await locked.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await notTheReceiver.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await GetAsync(_officer, obligations[0])).Status.ShouldBe(SubmissionStatus.Draft);
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var refusals = await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().AuditEntries
            .Where(e => e.Action == Domain.Auditing.AuditAction.Refused).OrderBy(e => e.Id).ToListAsync();
        refusals.Select(e => (e.EntityType, e.EntityId)).ShouldBe([("SubmitReport", id.ToString()), ("ReopenReport", id.ToString())]);
        refusals[0].Changes.ShouldContain("locked");
        refusals[1].Changes.ShouldContain("403");
    }

    private sealed class UnitPlanComparer : IEqualityComparer<UnitPlanDocument>
    {
        public bool Equals(UnitPlanDocument? x, UnitPlanDocument? y) =>
            (x?.Number, x?.IssuedOn, x?.DocumentId) == (y?.Number, y?.IssuedOn, y?.DocumentId) && x!.CommittedActionIds.SequenceEqual(y!.CommittedActionIds);

        public int GetHashCode(UnitPlanDocument obj) => obj.DocumentId.GetHashCode();
    }

    private async Task ProgressAsync(DateOnly reportedOn, ActionStatus status, int percent, string narrative)
    {
        using var response = await _officer.PostAsJsonAsync($"/api/v1/action-items/{_actionId}/progress",
            new { unitId = _commune.Id, reportedOn, status, percent, narrative }, Json);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var progress = (await response.Content.ReadFromJsonAsync<ActionProgressDto>(Json))!;
        if (reportedOn == Today.AddDays(-10))
        {
            using var evidence = await _officer.PostAsync($"/api/v1/action-progress/{progress.Id}/evidence",
                new MultipartFormDataContent { { new ByteArrayContent(TestActors.Pdf), "file", "hop-thu.pdf" } });
            await evidence.ShouldHaveStatusAsync(HttpStatusCode.Created);
        }
    }

    private Task<SubmissionDto> SaveAsync(int obligation, string narrative = "Đã triển khai", string? ifMatch = null, HttpClient? client = null) =>
        SaveAsync(obligation, new { narratives = new Dictionary<string, string> { ["8"] = narrative } }, ifMatch, client);

    private async Task<SubmissionDto> SaveAsync(int obligation, object body, string? ifMatch, HttpClient? client = null)
    {
        using var response = await SaveRawAsync(obligation, body, ifMatch, client);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<SubmissionDto>(Json))!;
    }

    private Task<HttpResponseMessage> SaveRawAsync(int obligation, object body, string? ifMatch, HttpClient? client = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/report-obligations/{obligation}/submission") { Content = JsonContent.Create(body, options: Json) };
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return (client ?? _officer).SendAsync(request);
    }

    private static async Task<CompletenessDto> CompletenessAsync(HttpClient client, int periodId) =>
        (await client.GetFromJsonAsync<CompletenessDto>($"/api/v1/reporting-periods/{periodId}/completeness", Json))!;

    private static async Task<SubmissionDto> GetAsync(HttpClient client, int obligation) =>
        (await client.GetFromJsonAsync<SubmissionDto>($"/api/v1/report-obligations/{obligation}/submission", Json))!;

    private async Task<long> AttachedAsync(int submission, string fileName)
    {
        using var response = await AttachAsync(_officer, submission, TestActors.Pdf, fileName);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<AttachmentDto>(Json))!.Id;
    }

    private static Task<HttpResponseMessage> AttachAsync(HttpClient client, int submission, byte[] content, string fileName) =>
        client.PostAsync($"/api/v1/report-submissions/{submission}/attachments", new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } });
}
