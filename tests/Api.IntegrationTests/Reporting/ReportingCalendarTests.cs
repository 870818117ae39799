using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Reporting;
using PapiTracker.Application.Reporting.Commands.GenerateObligations;
using PapiTracker.Application.Reporting.Commands.GenerateReportingPeriods;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Reporting;
using PapiTracker.Infrastructure.Data;
using PapiTracker.Infrastructure.Data.Seed;

namespace PapiTracker.Api.IntegrationTests.Reporting;

/// <summary>The Bắc Giang 2021 reporting calendar and who owes whom, generated from the demo tree.</summary>
public sealed class ReportingCalendarTests : ApiTest
{
    private int _planId;

    [SetUp]
    public async Task SeedAsync() => _planId = await TestActors.DemoPlanAsync();

    [Test]
    public async Task ShouldGenerateThePlansCalendar_Once()
    {
        var first = await GenerateAsync(new { unitPlanDueOn = "2021-05-15" });
        var again = await GenerateAsync(new { unitPlanDueOn = "2021-05-15" });

        first.Created.ShouldBe(5);
        again.Created.ShouldBe(0);
        first.Periods.Select(p => (p.Kind, p.DueOn)).ShouldBe(
        [
            (ReportingPeriodKind.Quarterly, new DateOnly(2021, 3, 20)), (ReportingPeriodKind.UnitPlan, new DateOnly(2021, 5, 15)),
            (ReportingPeriodKind.HalfYear, new DateOnly(2021, 6, 20)), (ReportingPeriodKind.ThirdQuarter, new DateOnly(2021, 9, 20)),
            (ReportingPeriodKind.Annual, new DateOnly(2021, 11, 30)),
        ]);
        first.Periods[0].DueAt.ShouldBe(new DateTimeOffset(2021, 3, 20, 17, 0, 0, TimeSpan.Zero).AddTicks(-1), "the end of 20/3 in Hà Nội");
    }

    [Test]
    public async Task ShouldGiveTheDemoPlanItsCalendarAndObligationsAtStartup_Once()
    {
        await using (var scope = TestRun.Factory.Services.CreateAsyncScope())
        {
            var demo = scope.ServiceProvider.GetRequiredService<DemoPlan>();
            await demo.EnsureReportingCalendarAsync(CancellationToken.None);
            await demo.EnsureReportingCalendarAsync(CancellationToken.None);
        }

        var periods = await GetAsync<List<ReportingPeriodDto>>($"/api/v1/plans/{_planId}/reporting-periods");
        var again = await GenerateAsync(new { unitPlanDueOn = "2021-05-15" });
        var unitPlans = periods.Single(p => p.Kind == ReportingPeriodKind.UnitPlan);
        var owed = await GetAsync<PagedList<ObligationDto>>($"/api/v1/reporting-periods/{unitPlans.Id}/obligations?pageSize=200");

        periods.Select(p => (p.Kind, p.DueOn)).ShouldBe(again.Periods.Select(p => (p.Kind, p.DueOn)));
        (periods.Count, again.Created).ShouldBe((5, 0), "the same calendar a coordinator would generate, made once");
        owed.TotalCount.ShouldBe(48);
        owed.Items.Single(o => o.UnitNameVi == "Thị trấn Nếnh").RecipientNameVi.ShouldBe("Phòng Nội vụ huyện Việt Yên");
    }

    [Test]
    public async Task ShouldTakeAScheduleOfTheCoordinatorsOwn()
    {
        var generated = await GenerateAsync(new { years = new[] { 2022 }, schedule = new[] { new { kind = "Quarterly", dueMonth = 4, dueDay = 5, coverageToMonth = 3, coverageToDay = 31, lockDaysAfterDue = 0 } } });

        generated.Periods.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            p => p.DueOn.ShouldBe(new DateOnly(2022, 4, 5)),
            p => p.LockOn.ShouldBe(new DateOnly(2022, 4, 5)),
            p => p.CoverageTo.ShouldBe(new DateOnly(2022, 3, 31)));
    }

    [Test]
    public async Task ShouldRefuseADayThatDoesNotExist()
    {
        using var response = await Client.PostAsJsonAsync($"/api/v1/plans/{_planId}/reporting-periods",
            new { schedule = new[] { new { kind = "Quarterly", dueMonth = 2, dueDay = 30, coverageToMonth = 2, coverageToDay = 15 } } });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("schedule[0].DueDay", out _).ShouldBeTrue(problem.ToString());
    }

    [Test]
    public async Task ShouldOweReportsAlongThePlansReportingLines()
    {
        var quarter = (await GenerateAsync(new { })).Periods.First(p => p.Kind == ReportingPeriodKind.Quarterly);

        var generated = await Post<GeneratedObligationsDto>($"/api/v1/reporting-periods/{quarter.Id}/obligations");
        var again = await Post<GeneratedObligationsDto>($"/api/v1/reporting-periods/{quarter.Id}/obligations");
        var all = await GetAsync<PagedList<ObligationDto>>($"/api/v1/reporting-periods/{quarter.Id}/obligations?pageSize=200");

        (generated.Created, again.Created, again.Total).ShouldBe((48, 0, 48), "11 provincial bodies, 10 districts, their 10 Phòng Nội vụ and 17 communes");
        all.Items.Single(o => o.UnitNameVi == "Thị trấn Nếnh").RecipientNameVi.ShouldBe("Phòng Nội vụ huyện Việt Yên");
        all.Items.Single(o => o.UnitNameVi == "Huyện Việt Yên").RecipientNameVi.ShouldBe("Sở Nội vụ");
        all.Items.Single(o => o.UnitNameVi == "Sở Tài chính").RecipientNameVi.ShouldBe("Sở Nội vụ");
        all.Items.Single(o => o.UnitNameVi == "Sở Nội vụ").RecipientNameVi.ShouldBe("Bắc Giang");
    }

    [Test]
    public async Task ShouldNotAskAUnitMergedAwayBeforeThePeriod_ButItsSuccessor()
    {
        int Id(string name) => ScopedDb(db => db.OrgUnits.Single(u => u.NameVi == name).Id);
        var merged = Id("Thị trấn Kép");
        (await Client.PostAsJsonAsync("/api/v1/org-units/merge", new { unitIds = new[] { merged }, successorId = Id("Thị trấn Vôi"), effectiveOn = "2021-01-01" })).EnsureSuccessStatusCode();
        var quarter = (await GenerateAsync(new { })).Periods.First(p => p.Kind == ReportingPeriodKind.Quarterly);

        await Post<GeneratedObligationsDto>($"/api/v1/reporting-periods/{quarter.Id}/obligations");

        var all = await GetAsync<PagedList<ObligationDto>>($"/api/v1/reporting-periods/{quarter.Id}/obligations?pageSize=200");
        all.Items.ShouldNotContain(o => o.UnitId == merged);
        all.Items.ShouldContain(o => o.UnitNameVi == "Thị trấn Vôi");
    }

    [Test]
    public async Task ShouldLetTheDistrictExtendItsCommune_AndShowEachUnitOnlyItsOwn()
    {
        var quarter = (await GenerateAsync(new { })).Periods.First(p => p.Kind == ReportingPeriodKind.Quarterly);
        await Post<GeneratedObligationsDto>($"/api/v1/reporting-periods/{quarter.Id}/obligations");
        var all = await GetAsync<PagedList<ObligationDto>>($"/api/v1/reporting-periods/{quarter.Id}/obligations?pageSize=200");
        var nenh = all.Items.Single(o => o.UnitNameVi == "Thị trấn Nếnh");
        var thang = all.Items.Single(o => o.UnitNameVi == "Thị trấn Thắng");
        var vietYen = await TestActors.ClientWithRoleAsync(Role.Coordinator, ScopedDb(db => db.OrgUnits.Single(u => u.Code == "222").Id));
        var officer = await TestActors.ClientWithRoleAsync(Role.UnitOfficer, nenh.UnitId);

        using var extend = await vietYen.PostAsJsonAsync($"/api/v1/report-obligations/{nenh.Id}/extension", new { extendedTo = "2021-03-27", reason = "Mất điện diện rộng" });
        using var other = await vietYen.PostAsJsonAsync($"/api/v1/report-obligations/{thang.Id}/extension", new { extendedTo = "2021-03-27", reason = "Không thuộc huyện" });
        using var early = await vietYen.PostAsJsonAsync($"/api/v1/report-obligations/{nenh.Id}/extension", new { extendedTo = "2021-03-19", reason = "Sớm" });
        var own = (await officer.GetFromJsonAsync<PagedList<ObligationDto>>($"/api/v1/reporting-periods/{quarter.Id}/obligations", Json))!;

        await extend.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await extend.Content.ReadFromJsonAsync<ObligationDto>(Json))!.DueOn.ShouldBe(new DateOnly(2021, 3, 27));
        await other.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await early.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("extendedTo", out _).ShouldBeTrue();
        own.Items.ShouldHaveSingleItem().UnitId.ShouldBe(nenh.UnitId);
    }

    private async Task<GeneratedPeriodsDto> GenerateAsync(object body)
    {
        using var response = await Client.PostAsJsonAsync($"/api/v1/plans/{_planId}/reporting-periods", body);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<GeneratedPeriodsDto>(Json))!;
    }

    private async Task<T> Post<T>(string url)
    {
        using var response = await Client.PostAsync(url, null);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    private static T ScopedDb<T>(Func<ApplicationDbContext, T> read)
    {
        using var scope = TestRun.Factory.Services.CreateScope();
        return read(scope.ServiceProvider.GetRequiredService<ApplicationDbContext>());
    }
}
