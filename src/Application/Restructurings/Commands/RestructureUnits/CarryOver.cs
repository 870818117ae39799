using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Plans;
using PapiTracker.Domain.Reporting;

namespace PapiTracker.Application.Restructurings.Commands.RestructureUnits;

/// <summary>
/// What passes from the units a restructuring ends to the units that take over, and what stays.
/// History stays where it happened (scores, reports and their versions, progress, evidence, audit):
/// nothing here touches it. Passed on: obligations of periods due on or after the date with no report
/// begun, parts in actions not completed of plans still running on the date (not closed, target year not
/// over: a 2021 plan's actions are the 2021 units' history), roles (granted at the successor as well; the role at the
/// ended unit stays, for reading its history). Obligations owed to an ended unit go to the unit that
/// now receives the reports of the unit the obligation counts for. A report an ended unit began stays
/// with it and counts for its successor, which is owed no second report for the period: another
/// predecessor's obligation with no report is then withdrawn, as is one with no report of a unit ended
/// with no successor (a period is owed by the units active on its due day). Everything that cannot
/// pass is listed with the reason.
/// </summary>
internal sealed class CarryOver(IApplicationDbContext db, RestructuringRegister register)
{
    public List<CarriedItemDto> Carried { get; } = [];
    public List<CarriedItemDto> NotCarried { get; } = [];

    public async Task RunAsync(DateOnly effectiveOn, CancellationToken ct)
    {
        _successors = register.Handovers.ToDictionary(h => h.Key.Id, h => h.Value);
        var ended = _successors.Keys.ToList();
        if (ended.Count == 0)
            return;
        await ObligationsAsync(effectiveOn, ended, ct);
        await ActionsAsync(effectiveOn, ended, ct);
        await RolesAsync(ended, ct);
    }

    /// <summary>Each ended unit's successor (null: none), by id, read once the restructuring has decided them.</summary>
    private Dictionary<int, OrgUnit?> _successors = [];

    private OrgUnit? SuccessorOf(int unitId) => _successors.GetValueOrDefault(unitId);

    private string Name(int unitId) => register.ById(unitId)?.NameVi ?? $"unit {unitId}";

    private async Task ObligationsAsync(DateOnly effectiveOn, List<int> ended, CancellationToken ct)
    {
        var open = await (from o in db.ReportObligations
                          join p in db.ReportingPeriods on o.PeriodId equals p.Id
                          where p.DueOn >= effectiveOn && (ended.Contains(o.UnitId) || ended.Contains(o.RecipientId))
                          select new { Obligation = o, Period = p }).ToListAsync(ct);
        var ids = open.Select(o => o.Obligation.Id).ToList();
        var reports = await db.ReportSubmissions.Where(s => ids.Contains(s.ObligationId)).ToDictionaryAsync(s => s.ObligationId, s => s.Status, ct);
        var periods = open.Select(o => o.Obligation.PeriodId).Distinct().ToList();
        var owed = (await db.ReportObligations.Where(o => periods.Contains(o.PeriodId)).Select(o => new { o.PeriodId, o.UnitId }).ToListAsync(ct))
            .Select(o => (o.PeriodId, o.UnitId)).ToHashSet();

        // Reports begun first: such a report stands for the successor, which then owes no other for the period.
        foreach (var item in open.OrderBy(o => !reports.ContainsKey(o.Obligation.Id)).ThenBy(o => o.Period.DueOn).ThenBy(o => o.Obligation.Id))
        {
            var obligation = item.Obligation;
            var what = $"{item.Period.Kind} {item.Period.Year} report of {Name(obligation.UnitId)} due {item.Period.DueOn:yyyy-MM-dd}";
            var unit = register.ById(obligation.UnitId)!;
            var ownerEnded = ended.Contains(obligation.UnitId);
            var owner = ownerEnded ? SuccessorOf(obligation.UnitId) : unit;
            var begun = reports.TryGetValue(obligation.Id, out var status);
            if (ownerEnded && owner is null && begun)
            {
                NotCarried.Add(new("Obligation", obligation.Id, what, obligation.UnitId, null, $"{unit.NameVi} ended with no successor; the obligation stays with it."));
                continue;
            }
            if (ownerEnded && owner is null)
            {
                // The period is owed by the units active on its due day: nobody owes this one any more, and it has no report to keep.
                db.ReportObligations.Remove(obligation);
                NotCarried.Add(new("Obligation", obligation.Id, what, obligation.UnitId, null, $"{unit.NameVi} ended with no successor before the due day; nobody owes it: withdrawn."));
                continue;
            }
            if (begun && ownerEnded)
            {
                owed.Add((obligation.PeriodId, owner!.Id));
                NotCarried.Add(new("Obligation", obligation.Id, what, obligation.UnitId, owner.Id,
                    $"A report is under way ({status}); it stays with the unit that wrote it and counts for {owner.NameVi}."));
                continue;
            }
            if (begun && status == SubmissionStatus.Approved)
            {
                NotCarried.Add(new("Obligation", obligation.Id, what, obligation.UnitId, owner!.Id, $"A report is under way ({status}); it stays with the unit that wrote it."));
                continue;
            }
            if (ownerEnded && owed.Contains((obligation.PeriodId, owner!.Id)))
            {
                // A second obligation would ask the successor for the period twice; this one has no report, so nothing of history goes.
                db.ReportObligations.Remove(obligation);
                NotCarried.Add(new("Obligation", obligation.Id, what, obligation.UnitId, owner.Id, $"{owner.NameVi} already owes this period's report (or a predecessor's report counts for it): withdrawn."));
                continue;
            }
            // Where the report goes is where the unit it counts for reports: for a predecessor's report, its successor's line.
            var countsFor = register.ById(item.Period.CountsFor(owner!)) ?? owner!;
            var recipient = ended.Contains(obligation.RecipientId)
                ? SuccessorOf(obligation.RecipientId) ?? register.ById(countsFor.ReportsToId) ?? ProvinceOf(countsFor)
                : register.ById(obligation.RecipientId);
            if (recipient is null || recipient.Id == owner!.Id)
            {
                NotCarried.Add(new("Obligation", obligation.Id, what, obligation.UnitId, owner!.Id, "No unit receives the report after the change."));
                continue;
            }
            obligation.PassTo(owner, recipient);
            owed.Add((obligation.PeriodId, owner.Id));
            Carried.Add(new("Obligation", obligation.Id, $"{what}: owed by {owner.NameVi} to {recipient.NameVi}", unit.Id, owner.Id, null));
        }
    }

    private OrgUnit? ProvinceOf(OrgUnit unit)
    {
        var path = unit.Path;
        return register.Units.Where(u => u.Kind == OrgUnitKind.Province && path.StartsWith(u.Path, StringComparison.Ordinal)).OrderBy(u => u.Path.Length).FirstOrDefault();
    }

    private async Task ActionsAsync(DateOnly effectiveOn, List<int> ended, CancellationToken ct)
    {
        var actions = await db.ActionItems.Include(a => a.Units)
            .Where(a => a.Units.Any(u => ended.Contains(u.UnitId))
                && db.Plans.Any(p => p.Id == a.PlanId && p.Status != PlanStatus.Closed && p.TargetYear >= effectiveOn.Year))
            .OrderBy(a => a.Id).ToListAsync(ct);
        foreach (var action in actions)
            foreach (var part in action.Units.Where(u => ended.Contains(u.UnitId)).ToList())
            {
                var what = $"{action.Code}: {(part.Role == ActionUnitRole.Lead ? "lead" : "coordinating")} unit {Name(part.UnitId)}";
                if (action.Status == ActionStatus.Completed)
                    NotCarried.Add(new("ActionAssignment", action.Id, what, part.UnitId, null, "The action is completed; its units stay as they were."));
                else if (SuccessorOf(part.UnitId) is not { } successor)
                    NotCarried.Add(new("ActionAssignment", action.Id, what, part.UnitId, null, $"{Name(part.UnitId)} ended with no successor: assign the action to another unit."));
                else
                {
                    var role = action.HandOver(part.UnitId, successor.Id);
                    Carried.Add(new("ActionAssignment", action.Id, $"{what} → {successor.NameVi} ({(role == ActionUnitRole.Lead ? "lead" : "coordinating")})", part.UnitId, successor.Id, null));
                }
            }
    }

    private async Task RolesAsync(List<int> ended, CancellationToken ct)
    {
        var roles = await db.RoleAssignments.Where(r => r.UnitId != null && ended.Contains(r.UnitId.Value)).OrderBy(r => r.Id).ToListAsync(ct);
        var successorIds = roles.Select(r => SuccessorOf(r.UnitId!.Value)?.Id).OfType<int>().Distinct().ToList();
        var held = (await db.RoleAssignments.Where(r => r.UnitId != null && successorIds.Contains(r.UnitId.Value)).Select(r => new { r.UserId, r.Role, r.UnitId }).ToListAsync(ct))
            .Select(r => (r.UserId, r.Role, r.UnitId!.Value)).ToHashSet();
        foreach (var role in roles)
        {
            var what = $"{role.Role} at {Name(role.UnitId!.Value)} (user {role.UserId})";
            if (SuccessorOf(role.UnitId.Value) is not { } successor)
            {
                NotCarried.Add(new("Role", role.Id, what, role.UnitId.Value, null, "The unit ended with no successor: the role stays for reading its history; grant a new one if needed."));
                continue;
            }
            if (!held.Add((role.UserId, role.Role, successor.Id)))
                continue;
            db.RoleAssignments.Add(RoleAssignment.Grant(role.UserId, role.Role, successor));
            Carried.Add(new("Role", role.Id, $"{what} → {role.Role} at {successor.NameVi}", role.UnitId.Value, successor.Id, null));
        }
    }
}
