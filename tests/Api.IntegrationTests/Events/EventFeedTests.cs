using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Api.IntegrationTests.Restructurings;
using PapiTracker.Application.Events.Queries.GetEvents;
using PapiTracker.Application.Reporting;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;
using static PapiTracker.Domain.Events.IntegrationEventType;

namespace PapiTracker.Api.IntegrationTests.Events;

/// <summary>
/// The pulled event feed: each kind of change writes its event with the change, in the order the transactions wrote them,
/// scoped to the reader's subtree, resumable by cursor, and never skipping an event a slower transaction commits later.
/// </summary>
public sealed class EventFeedTests : ApiTest
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private OrgUnit _province = null!;
    private OrgUnit _district = null!;
    private OrgUnit _commune = null!;
    private OrgUnit _otherDistrict = null!;
    private OrgUnit _otherCommune = null!;
    private int _planId;
    private int _actionId;

    [SetUp]
    public async Task ArrangeAsync()
    {
        _province = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang");
        _district = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Việt Yên", _province);
        _commune = await TestActors.UnitAsync(OrgUnitKind.Commune, "Thị trấn Nếnh", _district);
        _otherDistrict = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Hiệp Hòa", _province);
        _otherCommune = await TestActors.UnitAsync(OrgUnitKind.Commune, "Xã Đoan Bái", _otherDistrict);
        (_planId, _actionId) = await TestActors.PlanAsync(_province, _commune);
    }

    [Test]
    public async Task ShouldListEachKindOfChangeInTheOrderItWasMade()
    {
        var head = await TestActors.ClientWithRoleAsync(Role.UnitHead, _commune.Id);
        var reviewer = await TestActors.ClientWithRoleAsync(Role.Coordinator, _district.Id);
        var (periodId, obligations) = await TestActors.PeriodAsync(_planId, Today.AddDays(10), null, (_commune, _district));

        var progress = await RecordProgressAsync(head, _commune, Domain.Plans.ActionStatus.InProgress);
        await RecordProgressAsync(head, _commune, Domain.Plans.ActionStatus.InProgress); // same status: progress only
        var draft = await SaveDraftAsync(head, obligations[0]);
        await PostAsync<SubmissionDto>(head, $"/api/v1/report-submissions/{draft.Id}/submit");
        await PostAsync<SubmissionDto>(reviewer, $"/api/v1/report-submissions/{draft.Id}/return", new { reason = "Thiếu số liệu" });
        await PostAsync<SubmissionDto>(head, $"/api/v1/report-submissions/{draft.Id}/submit");
        await PostAsync<SubmissionDto>(reviewer, $"/api/v1/report-submissions/{draft.Id}/approve");
        await PostAsync<SubmissionDto>(reviewer, $"/api/v1/report-submissions/{draft.Id}/reopen", new { reason = "Bổ sung minh chứng" });
        await PostAsync<SubmissionDto>(head, $"/api/v1/report-submissions/{draft.Id}/submit");
        await PostAsync<SubmissionDto>(reviewer, $"/api/v1/report-submissions/{draft.Id}/approve");
        using (var level = await reviewer.PostAsJsonAsync($"/api/v1/reporting-periods/{periodId}/levels/{_district.Id}/approve", new { }))
            await level.ShouldHaveStatusAsync(HttpStatusCode.OK);

        var events = await ReadAllAsync(Client);

        events.Select(e => e.Type).ShouldBe([
            ActionProgressRecorded, ActionStatusChanged, ActionProgressRecorded,
            ReportSubmitted, ReportReturned, ReportSubmitted, ReportApproved, ReportReopened, ReportSubmitted, ReportApproved,
            LevelSignedOff]);
        events.Select(e => e.Id).ShouldBeInOrder(SortDirection.Ascending, "one request after another: each transaction's events after the last's");
        events[0].Href.ShouldBe($"/api/v1/action-items/{_actionId}/progress");
        events[0].Data.GetProperty("progressId").GetInt64().ShouldBe(progress);
        events[0].UnitPath.ShouldBe(_commune.Path);
        events[1].Data.GetProperty("from").GetString().ShouldBe("NotStarted");
        events[1].Data.GetProperty("to").GetString().ShouldBe("InProgress");
        events[3].Href.ShouldBe($"/api/v1/report-obligations/{obligations[0]}/submission");
        ((int?)events[3].Data.GetProperty("submissionId").GetInt32()).ShouldBe(draft.Id);
        events[3].UnitPath.ShouldBe(_commune.Path, "a report's events belong to the unit that owes it");
        events[^1].Href.ShouldBe($"/api/v1/reporting-periods/{periodId}/levels/{_district.Id}");
        events[^1].UnitPath.ShouldBe(_district.Path);
    }

    [Test]
    public async Task ShouldTellEveryReaderOfScoreImportsAndRestores()
    {
        await Client.AddProvinceAsync("Bắc Ninh", "Bac Ninh", "27");
        foreach (var (value, query) in new[] { (1.5m, ""), (1.6m, "?confirm=true") })
        {
            using var import = await Client.UploadScoresAsync($"{ScoreFileUploads.Header}\n{ScoreFileUploads.Row(2020, "Bắc Ninh", "Bac Ninh", value)}\n", query: query);
            await import.ShouldHaveStatusAsync(HttpStatusCode.OK);
        }
        using (var restore = await Client.PostAsync("/api/v1/score-releases/2020/revisions/1/restore", null))
            await restore.ShouldHaveStatusAsync(HttpStatusCode.OK);

        foreach (var reader in new[] { await TestActors.ClientWithRoleAsync(Role.Coordinator, _district.Id), await TestActors.ClientWithTokenAsync(_commune, "events:read") })
        {
            var events = await ReadAllAsync(reader);

            events.Select(e => (e.Type, e.UnitPath, e.Href)).ShouldBe([
                (ScoreReleaseImported, null, "/api/v1/score-releases/2020/revisions/1"),
                (ScoreReleaseImported, null, "/api/v1/score-releases/2020/revisions/2"),
                (ScoreReleaseImported, null, "/api/v1/score-releases/2020/revisions/3")]);
            events[0].Data.GetProperty("kind").GetString().ShouldBe("Import");
            events[2].Data.GetProperty("kind").GetString().ShouldBe("Restore");
            events[2].Data.GetProperty("restoredFrom").GetInt32().ShouldBe(1);
        }
    }

    [Test]
    public async Task ShouldTellOfARestructuringOnlyWithinTheProvinceItRestructured()
    {
        var haNam = await TestActors.UnitAsync(OrgUnitKind.Province, "Hà Nam", code: "35");
        var kimBang = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Kim Bảng", haNam);
        var kimBangCoordinator = await TestActors.ClientWithRoleAsync(Role.Coordinator, kimBang.Id);
        var applied = await RestructuringHttp.ApplyAsync(Client, RestructuringHttp.Fields(("endLevel", "District"), ("endsOn", "2025-06-30"), ("provinceCode", "35")));

        var restructured = (await ReadAllAsync(Client)).ShouldHaveSingleItem();
        restructured.Type.ShouldBe(UnitsRestructured);
        restructured.UnitPath.ShouldBe(haNam.Path);
        restructured.Href.ShouldBe($"/api/v1/restructurings/{applied.Id}");
        restructured.Data.GetProperty("kind").GetString().ShouldBe("EndLevel");
        restructured.Data.GetProperty("provinceId").GetInt32().ShouldBe(haNam.Id);
        (await ReadAllAsync(await TestActors.ClientWithTokenAsync(haNam, "events:read"))).ShouldHaveSingleItem().Id.ShouldBe(restructured.Id);
        (await ReadAllAsync(await TestActors.ClientWithTokenAsync(_province, "events:read"))).ShouldBeEmpty("Bắc Giang hears nothing of Hà Nam's districts");
        (await ReadAllAsync(await TestActors.ClientWithRoleAsync(Role.Coordinator, _district.Id))).ShouldBeEmpty();
        (await ReadAllAsync(kimBangCoordinator)).ShouldBeEmpty(
            "the event belongs to the province; an ended district's coordinator reads below it only");
    }

    [Test]
    public async Task ShouldNotShowOneDistrictTheEventsOfAnother()
    {
        var head = await TestActors.ClientWithRoleAsync(Role.UnitHead, _commune.Id);
        var (_, otherActionId) = await TestActors.PlanAsync(_province, _otherCommune);
        await RecordProgressAsync(head, _commune, Domain.Plans.ActionStatus.InProgress);
        var otherHead = await TestActors.ClientWithRoleAsync(Role.UnitHead, _otherCommune.Id);
        await RecordProgressAsync(otherHead, _otherCommune, Domain.Plans.ActionStatus.InProgress, otherActionId);
        var token = await TestActors.ClientWithTokenAsync(_district, "events:read");

        foreach (var reader in new[] { await TestActors.ClientWithRoleAsync(Role.Coordinator, _district.Id), token })
        {
            var seen = await ReadAllAsync(reader);
            seen.Count.ShouldBe(2);
            seen.ShouldAllBe(e => e.UnitPath!.StartsWith(_district.Path), "district A sees its own events, none of district B's");
        }
        (await ReadAllAsync(Client)).Count.ShouldBe(4, "the admin sees both districts");
    }

    [Test]
    public async Task ShouldResumeFromTheCursorAndGiveTheSameCursorBackWhenNothingIsNew()
    {
        var head = await TestActors.ClientWithRoleAsync(Role.UnitHead, _commune.Id);
        foreach (var status in new[] { Domain.Plans.ActionStatus.InProgress, Domain.Plans.ActionStatus.Paused, Domain.Plans.ActionStatus.InProgress })
            await RecordProgressAsync(head, _commune, status);

        var first = await PageAsync(Client, null, 4);
        first.Items.Count.ShouldBe(4);
        var second = await PageAsync(Client, first.Next, 4);
        second.Items.Count.ShouldBe(2);
        var lastOfFirst = first.Items[^1].Id;
        second.Items.Select(e => e.Id).ShouldAllBe(id => id > lastOfFirst);
        var idle = await PageAsync(Client, second.Next, 4);
        idle.Items.ShouldBeEmpty();
        idle.Next.ShouldBe(second.Next);

        await RecordProgressAsync(head, _commune, Domain.Plans.ActionStatus.InProgress);
        (await PageAsync(Client, idle.Next, 4)).Items.ShouldHaveSingleItem().Type.ShouldBe(ActionProgressRecorded);
    }

    [TestCase("after=not-a-cursor", "after")]
    [TestCase("after=bm9wZQ", "after")]
    [TestCase("pageSize=0", "pageSize")]
    [TestCase("pageSize=201", "pageSize")]
    public async Task ShouldRefuseABadCursorOrPageSize(string query, string field)
    {
        using var response = await Client.GetAsync($"/api/v1/events?{query}");
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
    }

    /// <summary>
    /// A transaction that wrote its event first but commits last: a reader that went by id alone would move past it
    /// and never see it. The feed holds back what comes after it until it ends, then gives both.
    /// </summary>
    [Test]
    public async Task ShouldNotLetASlowTransactionMakeAReaderSkipItsEvent()
    {
        var head = await TestActors.ClientWithRoleAsync(Role.UnitHead, _commune.Id);
        await using var slow = new NpgsqlConnection(TestRun.ConnectionString);
        await slow.OpenAsync();
        await using var transaction = await slow.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand(
            "insert into integration_events (type, occurred_at, unit_path, href, payload) values ('UnitsRestructured', now(), null, '/api/v1/restructurings/1', '{}') returning id",
            slow, transaction))
            await insert.ExecuteScalarAsync();

        await RecordProgressAsync(head, _commune, Domain.Plans.ActionStatus.InProgress);
        var whileRunning = await PageAsync(Client, null, 50);
        whileRunning.Items.ShouldBeEmpty("the faster transaction's events wait for the slower one");

        await transaction.CommitAsync();
        var afterwards = await PageAsync(Client, whileRunning.Next, 50);
        afterwards.Items.Select(e => e.Type).ShouldBe([UnitsRestructured, ActionProgressRecorded, ActionStatusChanged]);
    }

    private async Task<long> RecordProgressAsync(HttpClient client, OrgUnit unit, Domain.Plans.ActionStatus status, int? actionId = null)
    {
        using var response = await client.PostAsJsonAsync($"/api/v1/action-items/{actionId ?? _actionId}/progress",
            new { unitId = unit.Id, reportedOn = Today, status, percent = 10, narrative = "Đã triển khai" }, Json);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt64();
    }

    private static async Task<SubmissionDto> SaveDraftAsync(HttpClient client, int obligationId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/report-obligations/{obligationId}/submission")
        {
            Content = JsonContent.Create(new { narratives = new Dictionary<string, string> { ["8"] = "Đã triển khai" } }),
        };
        request.Headers.IfMatch.Add(System.Net.Http.Headers.EntityTagHeaderValue.Any);
        using var response = await client.SendAsync(request);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<SubmissionDto>(Json))!;
    }

    private static async Task<EventPageDto> PageAsync(HttpClient client, string? after, int pageSize)
    {
        using var response = await client.GetAsync($"/api/v1/events?pageSize={pageSize}" + (after is null ? "" : $"&after={after}"));
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<EventPageDto>(Json))!;
    }

    private static async Task<List<EventDto>> ReadAllAsync(HttpClient client)
    {
        var all = new List<EventDto>();
        string? after = null;
        while (true)
        {
            var page = await PageAsync(client, after, 3);
            if (page.Items.Count == 0)
                return all;
            all.AddRange(page.Items);
            after = page.Next;
        }
    }
}
