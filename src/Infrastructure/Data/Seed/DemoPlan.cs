using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Reporting.Commands.GenerateObligations;
using PapiTracker.Application.Reporting.Commands.GenerateReportingPeriods;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Plans;
using PapiTracker.Domain.Frameworks;

namespace PapiTracker.Infrastructure.Data.Seed;

/// <summary>
/// The demo's plans, written from plan files embedded beside this class: Bắc Giang's 2021 PAPI plan
/// (baseline 2020, target rank ≤ 8, its 21 actions with the plan's Vietnamese text and English alongside,
/// the section IV duties as recurring tasks; bac-giang-plan-2021.json, from the plan's facts) and, after
/// the 2025 reform, the new Bắc Ninh's 2026 plan (bac-ninh-plan-2026.json, a demo plan in the same shape).
/// Unit groups such as "UBND cấp xã" become every unit of that kind under the province on the plan's first day.
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

    /// <summary>The deadline the 2021 plan gives every unit for its own implementation plan.</summary>
    public static readonly DateOnly UnitPlansDueOn = new(2021, 5, 15);

    /// <summary>Bắc Giang's 2021 plan, on the units of 2021.</summary>
    public async Task EnsureAsync(CancellationToken ct)
    {
        if (await db.OrgUnits.SingleOrDefaultAsync(DemoSeed.IsDemoProvince, ct) is { } province)
            await LoadAsync(province, "bac-giang-plan-2021.json", ct);
    }

    /// <summary>
    /// The 2021 plan's reporting calendar, as its coordinator would set it up: the plan's schedule for 2021 and the
    /// unit implementation plans due 15/5/2021, with every unit's obligations.
    /// </summary>
    public async Task EnsureReportingCalendarAsync(CancellationToken ct)
    {
        var province = await db.OrgUnits.SingleOrDefaultAsync(DemoSeed.IsDemoProvince, ct);
        if (province is not null && await db.Plans.SingleOrDefaultAsync(p => p.ProvinceId == province.Id, ct) is { } plan)
            await CalendarAsync(plan, UnitPlansDueOn, ct);
    }

    /// <summary>Loads the plan file for the province, unless the province has a plan already.</summary>
    /// <returns>The plan, or null when the province had one.</returns>
    internal async Task<Plan?> LoadAsync(OrgUnit province, string resource, CancellationToken ct)
    {
        if (await db.Plans.AnyAsync(p => p.ProvinceId == province.Id, ct))
            return null;

        await using var stream = typeof(DemoPlan).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"No embedded demo plan {resource}.");
        var seed = (await JsonSerializer.DeserializeAsync<Seed>(stream, Json, ct))!;
        var firstDay = new DateOnly(seed.BaselineYear + 1, 1, 1);
        var units = await db.OrgUnits.Where(OrgUnit.ActiveOn(firstDay)).Where(u => u.Path.StartsWith(province.Path)).ToListAsync(ct);

        var plan = Plan.Create(province, IndexFramework.DefaultCode, seed.TitleVi, seed.TitleEn, seed.IssuerVi, seed.IssuerEn, seed.DocumentNumber, seed.IssuedOn,
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
        logger.LogWarning("Demo plan of {Province} for {Year} loaded: {Actions} actions, {Duties} standing duties",
            province.NameVi, seed.TargetYear, seed.Actions.Length, seed.Responsibilities.Length);
        return plan;
    }

    /// <summary>
    /// The plan's reporting calendar for its target year (the demo plans are for one year) and the unit plans due on
    /// the given day, with every unit's obligations — by the same use cases, run as the operator. Only when the plan
    /// has no period yet, so a calendar someone changed is left alone.
    /// </summary>
    internal async Task CalendarAsync(Plan plan, DateOnly unitPlansDueOn, CancellationToken ct)
    {
        if (await db.ReportingPeriods.AnyAsync(p => p.PlanId == plan.Id, ct))
            return;

        var access = new AccessControl(db, new Operator(), roleGrants);
        var calendar = await new GenerateReportingPeriodsCommandHandler(db, access)
            .Handle(new GenerateReportingPeriodsCommand(plan.Id, [plan.TargetYear], UnitPlanDueOn: unitPlansDueOn), ct);
        var obligations = 0;
        foreach (var period in calendar.Periods)
            obligations += (await new GenerateObligationsCommandHandler(db, access).Handle(new GenerateObligationsCommand(period.Id), ct)).Created;
        logger.LogWarning("Demo reporting calendar of plan {Plan}: {Periods} periods, {Obligations} obligations", plan.Id, calendar.Periods.Count, obligations);
    }

    /// <summary>The plans name groups of units ("UBND cấp huyện") as well as single bodies (by demo code).</summary>
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
