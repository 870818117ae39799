using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PapiTracker.Application.ScoreReleases;
using PapiTracker.Application.Frameworks;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Frameworks.Queries.GetFrameworks;
using PapiTracker.Application.Provinces.Queries.GetProvinceStandings;
using PapiTracker.Application.ScoreReleases.Queries.GetRanking;
using PapiTracker.Application.Plans.Queries.GetPlan;
using PapiTracker.Application.Reporting;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Plans;
using PapiTracker.Domain.Reporting;
using PapiTracker.Infrastructure.Data;
using PapiTracker.Infrastructure.Data.Seed;
using PapiTracker.Infrastructure.Identity;

namespace PapiTracker.Api.IntegrationTests.Restructurings;

/// <summary>
/// The make-run demo lives through 1/7/2025: the 2021 Bắc Giang story stays as it was, and the same installation
/// holds the new Bắc Ninh with its 2026 plan on its predecessors' 2024 scores and their estimate, and a 2026
/// calendar whose reports run from communes and departments straight to the province's Sở Nội vụ.
/// </summary>
public sealed class DemoAfterTheReformTests : ApiTest
{
    [Test]
    public async Task ShouldKeepThe2021Story_AndAddTheNewBacNinhWithIts2026Plan()
    {
        await LoadDemoAsync();
        var counts = await CountsAsync();

        var (bacGiang, newBacNinh, homeAffairs) = await UnitsAsync();
        bacGiang.ActiveTo.ShouldBe(new DateOnly(2025, 6, 30));
        bacGiang.SuccessorId.ShouldBe(newBacNinh.Id);
        homeAffairs.ParentId.ShouldBe(newBacNinh.Id, "the Sở Nội vụ moved under the new province");

        // The 2021 story: Nếnh still owes its 2021 reports to Việt Yên and still leads its 2021 actions.
        var nenhOfficer = await TestActors.DemoUserAsync("nenh.officer");
        var plans = await GetAsync<PagedList<PlanSummary>>(nenhOfficer, "/api/v1/plans");
        var plan2021 = plans.Items.Single(p => p.TargetYear == 2021).Id;
        var q1 = (await GetAsync<List<ReportingPeriodDto>>(nenhOfficer, $"/api/v1/plans/{plan2021}/reporting-periods"))
            .Single(p => p.Kind == ReportingPeriodKind.Quarterly);
        var nenh2021 = (await GetAsync<PagedList<ObligationDto>>(nenhOfficer, $"/api/v1/reporting-periods/{q1.Id}/obligations")).Items.ShouldHaveSingleItem();
        (nenh2021.UnitNameVi, nenh2021.RecipientNameVi).ShouldBe(("Thị trấn Nếnh", "Phòng Nội vụ huyện Việt Yên"));
        // Roles at the ended units read their history and change nothing of it.
        using var draft = await nenhOfficer.PutAsJsonAsync($"/api/v1/report-obligations/{nenh2021.Id}/submission",
            new { narratives = new Dictionary<string, string> { ["6"] = "Báo cáo muộn" } });
        await draft.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var vietYen = await TestActors.DemoUserAsync("vietyen.coordinator");
        (await GetAsync<PagedList<ObligationDto>>(vietYen, $"/api/v1/reporting-periods/{q1.Id}/obligations?pageSize=200")).Items
            .ShouldContain(o => o.Id == nenh2021.Id);

        // The 2026 plan: baseline 2024 on the two predecessors and the estimate, the simple mean of their totals.
        var coordinator = await TestActors.DemoUserAsync("bn.coordinator");
        var plan2026 = (await GetAsync<PagedList<PlanSummary>>(coordinator, "/api/v1/plans")).Items.Single(p => p.TargetYear == 2026);
        var plan = await GetAsync<PlanDto>(coordinator, $"/api/v1/plans/{plan2026.Id}");
        (plan.ProvinceId, plan.BaselineYear, plan.TargetYear).ShouldBe((newBacNinh.Id, 2024, 2026));
        var total = plan.Targets.Single(t => t.Kind == TargetKind.TotalScore);
        var (bacGiang2024, bacNinh2024) = (Total2024("Bắc Giang"), Total2024("Bắc Ninh"));
        total.Baseline.ShouldNotBeNull().Estimated.ShouldBeTrue();
        total.Baseline.Value.ShouldNotBeNull().ShouldBe((bacGiang2024 + bacNinh2024) / 2, 0.000001m);
        total.PredecessorBaselines.Select(p => (p.NameVi, Math.Round(p.Value!.Value, 6)))
            .ShouldBe([("Bắc Giang", Math.Round(bacGiang2024, 6)), ("Bắc Ninh", Math.Round(bacNinh2024, 6))], ignoreOrder: true);
        plan.BaselineEstimate.ShouldNotBeNull().From.Select(f => f.NameVi).ShouldBe(["Bắc Giang", "Bắc Ninh"], ignoreOrder: true);

        // Its 2026 calendar: every report goes straight to the Sở Nội vụ; no district is left to receive one.
        var periods = await GetAsync<List<ReportingPeriodDto>>(coordinator, $"/api/v1/plans/{plan2026.Id}/reporting-periods");
        periods.Select(p => p.Year).Distinct().ShouldBe([2026]);
        var halfYear = periods.Single(p => p.Kind == ReportingPeriodKind.HalfYear);
        var owed = await GetAsync<PagedList<ObligationDto>>(coordinator, $"/api/v1/reporting-periods/{halfYear.Id}/obligations?pageSize=200");
        owed.TotalCount.ShouldBe(counts.ActiveUnderProvince, "every unit of the new province owes it");
        owed.Items.Where(o => o.UnitId != homeAffairs.Id).ShouldAllBe(o => o.RecipientId == homeAffairs.Id, "communes and departments report to the Sở Nội vụ");
        owed.Items.Single(o => o.UnitId == homeAffairs.Id).RecipientId.ShouldBe(newBacNinh.Id);
        owed.Items.ShouldContain(o => o.UnitNameVi == "Phường Nếnh");
        owed.Items.Count(o => o.UnitNameVi.StartsWith("Phường ") || o.UnitNameVi.StartsWith("Xã ")).ShouldBe(99);

        // PCI beside PAPI: the shared file less the rows the import refuses (the 2005 pilot no version covers, Hà Tây).
        var pci = (await GetAsync<List<FrameworkDto>>(coordinator, "/api/v1/frameworks")).Single(f => f.Code == DemoPci.Code);
        pci.ReleaseYears.ShouldBe(Enumerable.Range(2006, 19).ToList());
        var pci2016 = await GetAsync<PagedList<RankingRowDto>>(coordinator, "/api/v1/score-releases/2016/rankings?framework=PCI&pageSize=100");
        (pci2016.TotalCount, pci2016.Items[0].ProvinceNameVi, Math.Round(pci2016.Items[0].Score!.Value, 2)).ShouldBe((63, "Thành phố Đà Nẵng", 70.00m));
        var bacGiangStandings = await GetAsync<List<FrameworkStandingDto>>(coordinator, $"/api/v1/provinces/{bacGiang.Id}/standings");
        bacGiangStandings.Select(s => (s.Framework, s.SurveyYear)).ShouldBe([("PAPI", 2024), ("PCI", 2024)]);
        bacGiangStandings[1].Total.Score.ShouldBe(71.24m, "2024: only the published total");

        // Loading it again changes nothing.
        await LoadDemoAsync();
        (await CountsAsync()).ShouldBe(counts);
    }

    private sealed record PlanSummary(int Id, int ProvinceId, int TargetYear);

    private sealed record Counts(int Units, int Plans, int Obligations, int Users, int ActiveUnderProvince, int Releases);

    /// <summary>What make run loads when the shared reference data is beside the checkout.</summary>
    private static async Task LoadDemoAsync()
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeed>().EnsureAsync(CancellationToken.None);
        var plans = scope.ServiceProvider.GetRequiredService<DemoPlan>();
        await plans.EnsureAsync(CancellationToken.None);
        await plans.EnsureReportingCalendarAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<DemoAfterTheReform>().EnsureAsync(ReferenceFiles.Reference, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<DemoPci>().EnsureAsync(ReferenceFiles.Reference, CancellationToken.None);
    }

    private static async Task<Counts> CountsAsync()
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var (_, province, _) = await UnitsAsync();
        return new(await db.OrgUnits.CountAsync(), await db.Plans.CountAsync(), await db.ReportObligations.CountAsync(), await db.Users.CountAsync(),
            await db.OrgUnits.Where(OrgUnit.ActiveOn(new DateOnly(2026, 1, 1))).CountAsync(u => u.Path.StartsWith(province.Path) && u.Id != province.Id),
            await db.ScoreReleases.CountAsync());
    }

    private static async Task<(OrgUnit BacGiang, OrgUnit NewBacNinh, OrgUnit HomeAffairs)> UnitsAsync()
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var units = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().OrgUnits.AsNoTracking();
        return (await units.SingleAsync(u => u.Kind == OrgUnitKind.Province && u.NameVi == "Bắc Giang"),
            await units.SingleAsync(u => u.Code == DemoSeed.ProvinceCode && u.ActiveFrom == DemoAfterTheReform.Reform),
            await units.SingleAsync(u => u.Code == "BG-SNV"));
    }

    /// <summary>A province's 2024 total from the shared file: the sum of its sub-dimension scores, unrounded.</summary>
    private static decimal Total2024(string province)
    {
        var lines = File.ReadAllLines(ReferenceFiles.OfficialScores);
        var row = lines.Skip(1).Select(l => l.Split(',')).Single(c => c[0] == "2024" && c[1] == province);
        return row.Skip(3).Where(c => c.Length > 0).Sum(c => decimal.Parse(c, CultureInfo.InvariantCulture));
    }

    private static async Task<T> GetAsync<T>(HttpClient client, string url) => (await client.GetFromJsonAsync<T>(url, Json))!;

}
