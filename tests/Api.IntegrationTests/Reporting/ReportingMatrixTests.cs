using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Plans.Queries.GetPlanOverview;
using PapiTracker.Application.Reporting.Queries.GetCompleteness;
using PapiTracker.Application.Reporting.Queries.GetReportingMatrix;
using PapiTracker.Application.Reporting;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Plans;
using PapiTracker.Domain.Reporting;
using PapiTracker.Infrastructure.Data;

namespace PapiTracker.Api.IntegrationTests.Reporting;

/// <summary>
/// The units × periods matrix and the plan overview count the same obligations: Q1 2021 of a province
/// with two districts, where one commune reported on time, its district late, and the rest not at all.
/// </summary>
public sealed class ReportingMatrixTests : ApiTest
{
    private OrgUnit _province = null!;
    private OrgUnit _vietYen = null!;
    private OrgUnit _hiepHoa = null!;
    private OrgUnit _nenh = null!;
    private OrgUnit _vanTrung = null!;
    private int _planId;
    private int[] _obligations = null!;

    [SetUp]
    public async Task ArrangeAsync()
    {
        _province = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang");
        _vietYen = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Việt Yên", _province);
        _hiepHoa = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Hiệp Hòa", _province);
        _nenh = await TestActors.UnitAsync(OrgUnitKind.Commune, "Thị trấn Nếnh", _vietYen);
        _vanTrung = await TestActors.UnitAsync(OrgUnitKind.Commune, "Xã Vân Trung", _vietYen);
        (_planId, _) = await TestActors.PlanAsync(_province, _nenh);
        var (_, obligations) = await TestActors.PeriodAsync(_planId,
            (_nenh, _vietYen), (_vanTrung, _vietYen), (_vietYen, _province), (_hiepHoa, _province));
        _obligations = obligations;
        await TestActors.SubmittedReportAsync(obligations[0], _nenh, new DateTimeOffset(2021, 3, 10, 9, 0, 0, TimeSpan.FromHours(7)).ToUniversalTime());
        await TestActors.SubmittedReportAsync(obligations[2], _vietYen, new DateTimeOffset(2021, 3, 25, 9, 0, 0, TimeSpan.FromHours(7)).ToUniversalTime());
    }

    [Test]
    public async Task ShouldCountEachDistrictOfTheProvinceWithEverythingOwedInsideIt()
    {
        var matrix = (await Client.GetFromJsonAsync<ReportingMatrixDto>($"/api/v1/reporting-matrix?year=2021&unitId={_province.Id}", Json))!;

        matrix.Kinds.ShouldBe([ReportingPeriodKind.Quarterly]);
        matrix.Rows.Select(r => r.UnitNameVi).ShouldBe(["Huyện Hiệp Hòa", "Huyện Việt Yên"], "Vietnamese order");
        var vietYen = matrix.Rows.Single(r => r.UnitId == _vietYen.Id).Cells.ShouldHaveSingleItem().Counts;
        (vietYen.Expected, vietYen.Submitted, vietYen.OnTime, vietYen.Late, vietYen.Missing).ShouldBe((3, 2, 1, 1, 1));
        vietYen.SubmittedRate.ShouldBe(0.6667m);
        var hiepHoa = matrix.Rows.Single(r => r.UnitId == _hiepHoa.Id).Cells.Single().Counts;
        (hiepHoa.Expected, hiepHoa.Submitted, hiepHoa.Missing).ShouldBe((1, 0, 1));
    }

    [Test]
    public async Task ShouldDrillDownToTheCommunesOfADistrict()
    {
        var district = await TestActors.ClientWithRoleAsync(Role.Coordinator, _vietYen.Id);

        var matrix = (await district.GetFromJsonAsync<ReportingMatrixDto>($"/api/v1/reporting-matrix?year=2021&unitId={_vietYen.Id}", Json))!;
        using var otherDistrict = await district.GetAsync($"/api/v1/reporting-matrix?year=2021&unitId={_hiepHoa.Id}");
        using var country = await district.GetAsync("/api/v1/reporting-matrix?year=2021");

        matrix.Rows.Select(r => (r.UnitNameVi, r.Cells.Single().Counts.OnTime, r.Cells.Single().Counts.Missing))
            .ShouldBe([("Thị trấn Nếnh", 1, 0), ("Xã Vân Trung", 0, 1)]);
        await otherDistrict.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await country.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ShouldGiveTheWholeCountryOneRowPerProvince()
    {
        var other = await TestActors.UnitAsync(OrgUnitKind.Province, "Bến Tre");

        var matrix = (await Client.GetFromJsonAsync<ReportingMatrixDto>("/api/v1/reporting-matrix?year=2021", Json))!;
        var empty = (await Client.GetFromJsonAsync<ReportingMatrixDto>("/api/v1/reporting-matrix?year=2022", Json))!;
        using var badYear = await Client.GetAsync("/api/v1/reporting-matrix?year=20210");

        var row = matrix.Rows.ShouldHaveSingleItem("Bến Tre owes nothing in 2021");
        (row.UnitId, row.Cells.Single().Counts.Expected, row.Cells.Single().Counts.Submitted).ShouldBe((_province.Id, 4, 2));
        empty.Rows.ShouldBeEmpty();
        other.Id.ShouldNotBe(_province.Id);
        (await badYear.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("year", out _).ShouldBeTrue();
    }

    /// <summary>The matrix, the overview and the completeness are kept in memory between calls: a change forgets them.</summary>
    [Test]
    public async Task ShouldCountAReportSentAfterTheyWereRead()
    {
        var matrixUrl = $"/api/v1/reporting-matrix?year=2021&unitId={_province.Id}";
        var overviewUrl = $"/api/v1/plans/{_planId}/overview";
        var periodId = (await Client.GetFromJsonAsync<PlanOverviewDto>(overviewUrl, Json))!.CurrentPeriod!.Period.Id;
        var completenessUrl = $"/api/v1/reporting-periods/{periodId}/completeness";
        var matrixBefore = (await Client.GetFromJsonAsync<ReportingMatrixDto>(matrixUrl, Json))!;
        var completenessBefore = (await Client.GetFromJsonAsync<CompletenessDto>(completenessUrl, Json))!;
        var commune = await TestActors.ClientWithRoleAsync(Role.UnitOfficer, _vanTrung.Id);
        var communeBefore = (await commune.GetFromJsonAsync<PlanOverviewDto>(overviewUrl, Json))!;

        await TestActors.SubmittedReportAsync(_obligations[3], _hiepHoa, new DateTimeOffset(2021, 3, 30, 9, 0, 0, TimeSpan.FromHours(7)).ToUniversalTime());

        var matrix = (await Client.GetFromJsonAsync<ReportingMatrixDto>(matrixUrl, Json))!;
        var overview = (await Client.GetFromJsonAsync<PlanOverviewDto>(overviewUrl, Json))!;
        var completeness = (await Client.GetFromJsonAsync<CompletenessDto>(completenessUrl, Json))!;
        var communeView = (await commune.GetFromJsonAsync<PlanOverviewDto>(overviewUrl, Json))!;
        static int SentTo(CompletenessDto c, int recipientId) => c.Recipients.Single(r => r.RecipientId == recipientId).Submitted;

        matrixBefore.Rows.Single(r => r.UnitId == _hiepHoa.Id).Cells.Single().Counts.Submitted.ShouldBe(0);
        matrix.Rows.Single(r => r.UnitId == _hiepHoa.Id).Cells.Single().Counts.Submitted.ShouldBe(1, "the kept matrix is forgotten when a report is sent");
        overview.CurrentPeriod!.Counts.Submitted.ShouldBe(3);
        (SentTo(completenessBefore, _province.Id), SentTo(completeness, _province.Id)).ShouldBe((1, 2));
        (communeBefore.CurrentPeriod!.Counts.Expected, communeView.CurrentPeriod!.Counts.Expected)
            .ShouldBe((1, 1), "each caller keeps its own answer, as its scope makes it");
    }

    /// <summary>
    /// A draft's autosave changes no count, so the kept answers stay; the report's sending forgets them. The row
    /// deleted around the application (by SQL) shows when, and only when, the answer is read again.
    /// </summary>
    [Test]
    public async Task ShouldKeepTheCountsThroughADraftsAutosave_AndForgetThemWhenItIsSent()
    {
        var officer = await TestActors.ClientWithRoleAsync(Role.UnitOfficer, _vanTrung.Id);
        var head = await TestActors.ClientWithRoleAsync(Role.UnitHead, _vanTrung.Id);
        TestRun.Factory.Clock.Now = new DateTimeOffset(2021, 3, 28, 9, 0, 0, TimeSpan.FromHours(7)).ToUniversalTime();
        var draft = await SaveDraftAsync(officer, "Bản nháp");
        var periodId = (await Client.GetFromJsonAsync<PlanOverviewDto>($"/api/v1/plans/{_planId}/overview", Json))!.CurrentPeriod!.Period.Id;
        var completenessUrl = $"/api/v1/reporting-periods/{periodId}/completeness";
        var before = (await Client.GetFromJsonAsync<CompletenessDto>(completenessUrl, Json))!;
        await using (var scope = TestRun.Factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Database
                .ExecuteSqlAsync($"DELETE FROM report_submissions WHERE obligation_id = {_obligations[2]}");

        await SaveDraftAsync(officer, "Bản nháp đã sửa", "*");
        var afterAutosave = (await Client.GetFromJsonAsync<CompletenessDto>(completenessUrl, Json))!;
        await PostAsync<SubmissionDto>(head, $"/api/v1/report-submissions/{draft.Id}/submit");
        var afterSending = (await Client.GetFromJsonAsync<CompletenessDto>(completenessUrl, Json))!;
        static (int, int) Sent(CompletenessDto c, OrgUnit province, OrgUnit district) =>
            (c.Recipients.Single(r => r.RecipientId == province.Id).Submitted, c.Recipients.Single(r => r.RecipientId == district.Id).Submitted);

        Sent(before, _province, _vietYen).ShouldBe((1, 1));
        Sent(afterAutosave, _province, _vietYen).ShouldBe((1, 1), "an autosave leaves the kept answer");
        Sent(afterSending, _province, _vietYen).ShouldBe((0, 2), "sending the report forgets it: the next read counts again");
    }

    /// <summary>
    /// Readers arriving together after a change (a deadline day's dashboards) wait for one count instead of
    /// each running it: the table is held locked while six ask, and one query waits for it.
    /// </summary>
    [Test]
    public async Task ShouldCountOnceForReadersArrivingTogether()
    {
        var url = $"/api/v1/reporting-matrix?year=2021&unitId={_province.Id}";
        await using var connection = new NpgsqlConnection(TestRun.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await new NpgsqlCommand("LOCK TABLE report_obligations IN ACCESS EXCLUSIVE MODE", connection, transaction).ExecuteNonQueryAsync();

        var readers = Enumerable.Range(0, 6).Select(_ => Client.GetStringAsync(url)).ToList();
        var waiting = await QueriesWaitingForTheLockAsync(connection, transaction);
        await transaction.RollbackAsync();
        var answers = await Task.WhenAll(readers);

        waiting.ShouldBe(1);
        answers.Distinct().ShouldHaveSingleItem().ShouldContain("Huyện Việt Yên");
    }

    /// <summary>Once one query waits for the lock, a second for the other readers to arrive; then how many wait.</summary>
    private static async Task<long> QueriesWaitingForTheLockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        // pg_locks, not pg_stat_activity: the latter is a snapshot taken once per transaction.
        var count = new NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE relation = 'report_obligations'::regclass AND NOT granted", connection, transaction);
        for (var tries = 0; tries < 200 && (long)(await count.ExecuteScalarAsync())! == 0; tries++)
            await Task.Delay(50);
        await Task.Delay(TimeSpan.FromSeconds(1));
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private async Task<SubmissionDto> SaveDraftAsync(HttpClient client, string narrative, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/report-obligations/{_obligations[1]}/submission")
        {
            Content = JsonContent.Create(new { narratives = new Dictionary<string, string> { ["1"] = narrative } }),
        };
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        using var response = await client.SendAsync(request);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<SubmissionDto>(Json))!;
    }

    [Test]
    public async Task ShouldShowWhereThePlanStandsToday()
    {
        var overview = (await Client.GetFromJsonAsync<PlanOverviewDto>($"/api/v1/plans/{_planId}/overview", Json))!;
        var commune = await TestActors.ClientWithRoleAsync(Role.UnitOfficer, _vanTrung.Id);
        var communeView = (await commune.GetFromJsonAsync<PlanOverviewDto>($"/api/v1/plans/{_planId}/overview", Json))!;

        (overview.Actions, overview.Overdue).ShouldBe((1, 0), "the one action is recurring: it has no deadline");
        overview.ByStatus.Single(s => s.Status == ActionStatus.NotStarted).Count.ShouldBe(1);
        overview.ByDimension.ShouldHaveSingleItem().ShouldBe(new DimensionActionsDto("8", 1, 1, 0, 0, 0, 0));
        var period = overview.CurrentPeriod.ShouldNotBeNull();
        (period.Period.DueOn, period.Counts.Expected, period.Counts.Submitted, period.Counts.Missing).ShouldBe((new DateOnly(2021, 3, 20), 4, 2, 2));
        communeView.CurrentPeriod!.Counts.Expected.ShouldBe(1, "a commune sees its own report only");
    }
}
