using System.Net;
using System.Net.Http.Json;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Reporting;
using PapiTracker.Application.Reporting.Queries.GetCompleteness;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Reporting;

namespace PapiTracker.Api.IntegrationTests.Reporting;

/// <summary>A commune's quarterly report going up to its district: draft, submit, return, resubmit, approve, and the refusals on the way.</summary>
public sealed class SubmissionWorkflowTests : ApiTest
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private OrgUnit _district = null!;
    private OrgUnit _homeAffairs = null!;
    private OrgUnit _commune = null!;
    private OrgUnit _otherDistrict = null!;
    private int _planId;
    private int _actionId;

    [SetUp]
    public async Task ArrangeAsync()
    {
        var province = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang");
        _district = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Việt Yên", province);
        _homeAffairs = await TestActors.UnitAsync(OrgUnitKind.Department, "Phòng Nội vụ", _district);
        _commune = await TestActors.UnitAsync(OrgUnitKind.Commune, "Thị trấn Nếnh", _district);
        _otherDistrict = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Hiệp Hòa", province);
        (_planId, _actionId) = await TestActors.PlanAsync(province, _commune);
    }

    [Test]
    public async Task ShouldShowTheUnitsActionsAndProgress_BeforeAnythingIsSaved()
    {
        var obligation = await ObligationAsync(dueOn: Today.AddDays(5), lockOn: null);
        var progress = await TestActors.ProgressAsync(_actionId, _commune);
        var officer = await TestActors.ClientWithRoleAsync(Role.UnitOfficer, _commune.Id);

        using var first = await officer.GetAsync($"/api/v1/report-obligations/{obligation}/submission");
        await first.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var unsaved = (await first.Content.ReadFromJsonAsync<SubmissionDto>(Json))!;
        using var saved = await SaveAsync(officer, obligation, "Bản đầu tiên", ifMatch: null);

        (unsaved.Id, unsaved.Status, first.Headers.ETag).ShouldBe((null, null, null), "nothing is saved yet: no id, no state, no version to match");
        var action = unsaved.Actions.ShouldHaveSingleItem();
        (action.ActionId, action.Role, action.ProgressId).ShouldBe((_actionId, Domain.Plans.ActionUnitRole.Lead, progress));
        unsaved.Narratives.ShouldBeEmpty();
        await saved.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task ShouldCarryACommuneReportFromDraftToApproval()
    {
        var obligation = await ObligationAsync(dueOn: Today.AddDays(-1), lockOn: Today.AddDays(10));
        var officer = await TestActors.ClientWithRoleAsync(Role.UnitOfficer, _commune.Id);
        var head = await TestActors.ClientWithRoleAsync(Role.UnitHead, _commune.Id);
        var district = await TestActors.ClientWithRoleAsync(Role.Coordinator, _district.Id);

        using var draft = await SaveAsync(officer, obligation, "Đã tổ chức 3 hội nghị tiếp xúc cử tri", ifMatch: null);
        await draft.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var id = (await draft.Content.ReadFromJsonAsync<SubmissionDto>(Json))!.Id;
        var submitted = await PostAsync<SubmissionDto>(head, $"/api/v1/report-submissions/{id}/submit");
        var returned = await PostAsync<SubmissionDto>(district, $"/api/v1/report-submissions/{id}/return", new { reason = "Thiếu số liệu chỉ số nội dung 8" });
        using var read = await officer.GetAsync($"/api/v1/report-obligations/{obligation}/submission");
        using var edited = await SaveAsync(officer, obligation, "Bổ sung: phúc đáp 100% phản ánh trên cổng", read.Headers.ETag!.Tag);
        await edited.ShouldHaveStatusAsync(HttpStatusCode.OK);
        await PostAsync<SubmissionDto>(head, $"/api/v1/report-submissions/{id}/submit");
        var approved = await PostAsync<SubmissionDto>(district, $"/api/v1/report-submissions/{id}/approve");

        (submitted.Status, submitted.OnTime).ShouldBe((SubmissionStatus.Submitted, false), "due yesterday, so late (trễ hạn)");
        (returned.Status, returned.ReturnReason).ShouldBe((SubmissionStatus.Returned, "Thiếu số liệu chỉ số nội dung 8"));
        approved.Status.ShouldBe(SubmissionStatus.Approved);
        approved.Narratives["8"].ShouldStartWith("Bổ sung");
        using var afterApproval = await SaveAsync(officer, obligation, "Sửa sau khi duyệt", "*");
        await afterApproval.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task ShouldCountAReportBeforeTheDueDayOnTime()
    {
        var obligation = await ObligationAsync(dueOn: Today.AddDays(3), lockOn: Today.AddDays(10));
        var id = await DraftAsync(obligation);

        var submitted = await PostAsync<SubmissionDto>(Client, $"/api/v1/report-submissions/{id}/submit");

        submitted.OnTime.ShouldBe(true);
    }

    [Test]
    public async Task ShouldRefuseASubmissionIntoALockedPeriod()
    {
        var obligation = await ObligationAsync(dueOn: Today.AddDays(-10), lockOn: Today.AddDays(-2));
        var id = await DraftAsync(obligation);

        using var response = await Client.PostAsync($"/api/v1/report-submissions/{id}/submit", null);

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("locked");
    }

    [Test]
    public async Task ShouldLetOnlyTheRightPeopleSubmitAndReview()
    {
        var obligation = await ObligationAsync(dueOn: Today.AddDays(3), lockOn: null);
        var id = await DraftAsync(obligation);
        var officer = await TestActors.ClientWithRoleAsync(Role.UnitOfficer, _commune.Id);
        var stranger = await TestActors.ClientWithRoleAsync(Role.Coordinator, _otherDistrict.Id);

        using var byOfficer = await officer.PostAsync($"/api/v1/report-submissions/{id}/submit", null);
        await PostAsync<SubmissionDto>(Client, $"/api/v1/report-submissions/{id}/submit");
        using var byStranger = await stranger.PostAsync($"/api/v1/report-submissions/{id}/approve", null);
        using var noReason = await Client.PostAsJsonAsync($"/api/v1/report-submissions/{id}/return", new { reason = "" });
        using var twice = await Client.PostAsync($"/api/v1/report-submissions/{id}/submit", null);

        await byOfficer.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await byStranger.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await noReason.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("reason", out _).ShouldBeTrue();
        await twice.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task ShouldGiveAStaleDraftSaveA412()
    {
        var obligation = await ObligationAsync(dueOn: Today.AddDays(3), lockOn: null);
        await DraftAsync(obligation);
        using var read = await Client.GetAsync($"/api/v1/report-obligations/{obligation}/submission");
        var etag = read.Headers.ETag!.Tag;

        using var first = await SaveAsync(Client, obligation, "Bản của người thứ nhất", etag);
        using var second = await SaveAsync(Client, obligation, "Bản của người thứ hai", etag);
        using var missing = await SaveAsync(Client, obligation, "Không gửi phiên bản", ifMatch: null);

        await first.ShouldHaveStatusAsync(HttpStatusCode.OK);
        await second.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        await missing.ShouldBeProblemAsync(HttpStatusCode.PreconditionRequired);
    }

    [Test]
    public async Task ShouldCountCompletenessForTheReceivingUnit()
    {
        var second = await TestActors.UnitAsync(OrgUnitKind.Commune, "Xã Vân Trung", _district);
        var third = await TestActors.UnitAsync(OrgUnitKind.Commune, "Xã Tăng Tiến", _district);
        var (periodId, obligations) = await TestActors.PeriodAsync(_planId, Today.AddDays(-3), Today.AddDays(-1),
            (_commune, _homeAffairs), (second, _homeAffairs), (third, _homeAffairs));
        await TestActors.SubmittedReportAsync(obligations[0], _commune, DateTimeOffset.UtcNow.AddDays(-2));
        var districtView = await TestActors.ClientWithRoleAsync(Role.Coordinator, _district.Id);

        var completeness = (await districtView.GetFromJsonAsync<Application.Reporting.Queries.GetCompleteness.CompletenessDto>(
            $"/api/v1/reporting-periods/{periodId}/completeness", Json))!;

        var phong = completeness.Recipients.ShouldHaveSingleItem();
        (phong.Expected, phong.Submitted, phong.Late, phong.OnTime, phong.Missing, phong.Approved).ShouldBe((3, 1, 1, 0, 2, 0));
        phong.SubmittedRate.ShouldBe(0.3333m);
        phong.Units.Single(u => u.UnitNameVi == "Xã Vân Trung").Missing.ShouldBeTrue();
    }

    [Test]
    public async Task ShouldNameEachUnitsReportInCompleteness_SoTheInboxCanApproveThemTogether()
    {
        var second = await TestActors.UnitAsync(OrgUnitKind.Commune, "Xã Vân Trung", _district);
        var third = await TestActors.UnitAsync(OrgUnitKind.Commune, "Xã Tăng Tiến", _district);
        var (periodId, obligations) = await TestActors.PeriodAsync(_planId, Today.AddDays(3), Today.AddDays(13),
            (_commune, _homeAffairs), (second, _homeAffairs), (third, _homeAffairs));
        var firstReport = await TestActors.SubmittedReportAsync(obligations[0], _commune);
        var secondReport = await TestActors.SubmittedReportAsync(obligations[1], second);
        var reviewer = await TestActors.ClientWithRoleAsync(Role.Coordinator, _district.Id);

        var completeness = (await reviewer.GetFromJsonAsync<Application.Reporting.Queries.GetCompleteness.CompletenessDto>(
            $"/api/v1/reporting-periods/{periodId}/completeness", Json))!;
        var units = completeness.Recipients.ShouldHaveSingleItem().Units.ToDictionary(u => u.ObligationId, u => u.SubmissionId);
        units.ShouldBe(new Dictionary<int, int?> { [obligations[0]] = firstReport, [obligations[1]] = secondReport, [obligations[2]] = null }, ignoreOrder: true);

        using var approved = await reviewer.PostAsJsonAsync("/api/v1/report-submissions/approve",
            new { submissionIds = units.Values.OfType<int>().ToArray() });
        await approved.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    private async Task<int> ObligationAsync(DateOnly dueOn, DateOnly? lockOn) =>
        (await TestActors.PeriodAsync(_planId, dueOn, lockOn, (_commune, _homeAffairs))).ObligationIds.Single();

    private async Task<int> DraftAsync(int obligation)
    {
        using var response = await SaveAsync(Client, obligation, "Bản nháp", ifMatch: null);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<SubmissionDto>(Json))!.Id.ShouldNotBeNull();
    }

    private static Task<HttpResponseMessage> SaveAsync(HttpClient client, int obligation, string narrative, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/report-obligations/{obligation}/submission")
        {
            Content = JsonContent.Create(new { narratives = new Dictionary<string, string> { ["8"] = narrative } }),
        };
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }
}
