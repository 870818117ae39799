using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Reporting.Commands.GenerateObligations;
using PapiTracker.Application.Reporting.Commands.GenerateReportingPeriods;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Plans;

namespace PapiTracker.Infrastructure.Data.Seed;

/// <summary>
/// The Bắc Giang 2021 PAPI plan for the demo: baseline 2020, target rank ≤ 8, its 21 actions with
/// the Vietnamese text of the plan and English alongside, their lead and coordinating units, and the
/// section IV duties as recurring tasks. Written from the plan's facts (bac-giang-plan-2021.json,
/// embedded); unit groups such as "UBND cấp xã" become every unit of that kind in the demo tree.
/// </summary>
public sealed class DemoPlan(ApplicationDbContext db, RoleGrants roleGrants, ILogger<DemoPlan> logger)
{
    private sealed record Seed(
        string TitleVi, string TitleEn, string IssuerVi, string IssuerEn, string? DocumentNumber, DateOnly? IssuedOn,
        int BaselineYear, int TargetYear, TargetSeed[] Targets, ActionSeed[] Actions, ActionSeed[] Responsibilities);

    private sealed record TargetSeed(TargetKind Kind, string? Code, decimal Value, string NoteVi, string NoteEn);

    private sealed record ActionSeed(
        string Code, string[] Dimensions, string[] SubDimensions, string TextVi, string TextEn, string[] Lead, string[] Coordinating, bool Recurring, DateOnly? Due);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public async Task EnsureAsync(CancellationToken ct)
    {
        var province = await db.OrgUnits.SingleOrDefaultAsync(DemoSeed.IsDemoProvince, ct);
        if (province is null || await db.Plans.AnyAsync(p => p.ProvinceId == province.Id, ct))
            return;

        await using var stream = typeof(DemoPlan).Assembly.GetManifestResourceStream("bac-giang-plan-2021.json")!;
        var seed = (await JsonSerializer.DeserializeAsync<Seed>(stream, Json, ct))!;
        var units = await db.OrgUnits.Where(u => u.Path.StartsWith(province.Path) && u.ActiveTo == null).ToListAsync(ct);

        var plan = Plan.Create(province, "PAPI", seed.TitleVi, seed.TitleEn, seed.IssuerVi, seed.IssuerEn, seed.DocumentNumber, seed.IssuedOn,
            seed.BaselineYear, seed.TargetYear);
        foreach (var target in seed.Targets)
            plan.AddTarget(target.Kind, target.Code, target.Value, target.NoteVi, target.NoteEn);
        db.Plans.Add(plan);

        foreach (var (item, kind) in seed.Actions.Select(a => (a, ActionKind.Action)).Concat(seed.Responsibilities.Select(r => (r, ActionKind.Responsibility))))
        {
            var action = ActionItem.Create(plan, item.Code, kind, item.Dimensions, item.SubDimensions, item.TextVi, item.TextEn,
                startDate: null, item.Due, item.Recurring || item.Due is null);
            var lead = item.Lead.SelectMany(g => Group(g, province, units)).DistinctBy(u => u.Id).ToList();
            foreach (var unit in lead)
                action.Assign(unit.Id, ActionUnitRole.Lead);
            foreach (var unit in item.Coordinating.SelectMany(g => Group(g, province, units)).DistinctBy(u => u.Id).Where(u => lead.All(l => l.Id != u.Id)))
                action.Assign(unit.Id, ActionUnitRole.Coordinating);
            db.ActionItems.Add(action);
        }
        await db.SaveChangesAsync(ct);
        logger.LogWarning("Bắc Giang 2021 PAPI plan loaded: {Actions} actions, {Duties} standing duties", seed.Actions.Length, seed.Responsibilities.Length);
    }

    /// <summary>
    /// The demo plan's reporting calendar, as its coordinator would set it up: the plan's schedule for its years
    /// and the unit implementation plans due 15/5/2021, with every unit's obligations — by the same use cases,
    /// run as the operator. Only when the plan has no period yet, so a calendar someone changed is left alone.
    /// </summary>
    public async Task EnsureReportingCalendarAsync(CancellationToken ct)
    {
        var plan = await (from p in db.Plans
                          join province in db.OrgUnits on p.ProvinceId equals province.Id
                          select new { p, province }).Where(x => x.province.Code == DemoSeed.ProvinceCode && x.province.ActiveFrom <= DemoSeed.PlanYearStart
                              && (x.province.ActiveTo == null || x.province.ActiveTo >= DemoSeed.PlanYearStart)).Select(x => x.p).SingleOrDefaultAsync(ct);
        if (plan is null || await db.ReportingPeriods.AnyAsync(p => p.PlanId == plan.Id, ct))
            return;

        var access = new AccessControl(db, new Operator(), roleGrants);
        var calendar = await new GenerateReportingPeriodsCommandHandler(db, access)
            .Handle(new GenerateReportingPeriodsCommand(plan.Id, UnitPlanDueOn: UnitPlansDueOn), ct);
        var obligations = 0;
        foreach (var period in calendar.Periods)
            obligations += (await new GenerateObligationsCommandHandler(db, access).Handle(new GenerateObligationsCommand(period.Id), ct)).Created;
        logger.LogWarning("Bắc Giang demo reporting calendar: {Periods} periods, {Obligations} obligations", calendar.Periods.Count, obligations);
    }

    /// <summary>The deadline the plan gives every unit for its own implementation plan.</summary>
    public static readonly DateOnly UnitPlansDueOn = new(2021, 5, 15);

    /// <summary>The plan names groups of units ("UBND cấp huyện") as well as single bodies (by demo code).</summary>
    private static IEnumerable<OrgUnit> Group(string group, OrgUnit province, List<OrgUnit> units) => group switch
    {
        "province" => [province],
        "departments" => units.Where(u => u.Kind == OrgUnitKind.Department && u.ParentId == province.Id),
        "districts" => units.Where(u => u.Kind == OrgUnitKind.District),
        "district-home-affairs" => units.Where(u => u.Code?.EndsWith("-PNV", StringComparison.Ordinal) == true),
        "communes" => units.Where(u => u.Kind == OrgUnitKind.Commune),
        _ => units.Where(u => u.Code == group),
    };
}
