using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Application.Restructurings.Commands.RestructureUnits;

/// <summary>
/// The units of the installation, loaded once for a restructuring and changed in memory: every end,
/// creation, move and re-pointed reporting line is recorded for the answer, and the states they
/// supersede are added so the tree can still be read as it stood. Nothing is saved here.
/// </summary>
internal sealed class RestructuringRegister
{
    private readonly IApplicationDbContext _db;
    private readonly List<OrgUnit> _units;
    private readonly ILookup<int, OrgUnitState> _states;

    /// <summary>The units loaded from the database by id: lookups run for every unit a restructuring touches.</summary>
    private readonly Dictionary<int, OrgUnit> _loaded;

    private RestructuringRegister(IApplicationDbContext db, List<OrgUnit> units, List<OrgUnitState> states)
    {
        _db = db;
        _units = units;
        _loaded = units.ToDictionary(u => u.Id);
        _states = states.ToLookup(s => s.UnitId);
    }

    public static async Task<RestructuringRegister> LoadAsync(IApplicationDbContext db, CancellationToken ct) =>
        new(db, await db.OrgUnits.ToListAsync(ct), await db.OrgUnitStates.AsNoTracking().ToListAsync(ct));

    public IReadOnlyList<OrgUnit> Units => _units;
    public List<RestructuredUnitDto> Ended { get; } = [];
    public List<RestructuredUnitDto> Created { get; } = [];
    public List<RestructuredUnitDto> Historical { get; } = [];
    public List<RestructuredUnitDto> Continued { get; } = [];
    public List<RestructuredUnitDto> Moved { get; } = [];
    public List<RestructuredUnitDto> Repointed { get; } = [];
    public List<RestructuredUnitDto> WithoutSuccessor { get; } = [];

    /// <summary>Units ended by this restructuring, with the unit that took over (null: none).</summary>
    public Dictionary<OrgUnit, OrgUnit?> Handovers { get; } = [];

    public bool ChangedAnything => Ended.Count + Created.Count + Historical.Count + Moved.Count + Repointed.Count > 0
        || Continued.Any(c => c.Change != "unchanged");

    /// <summary>A unit by id; a unit created by this restructuring has none yet (0) and is found in the list.</summary>
    public OrgUnit? ById(int? id) => id is null ? null : _loaded.GetValueOrDefault(id.Value) ?? _units.FirstOrDefault(u => u.Id == id);

    /// <summary>The unit that held the code on the day, of the kind.</summary>
    public OrgUnit? HolderOn(string code, DateOnly day, OrgUnitKind kind) =>
        _units.FirstOrDefault(u => u.Code == code && u.Kind == kind && u.IsActiveOn(day));

    /// <summary>
    /// The unit already holding a new code on the date, other than its predecessors: the new code is
    /// usually a predecessor's (24 was Bắc Giang's), and that holder ends, it does not succeed.
    /// </summary>
    public OrgUnit? NewHolder(string code, OrgUnitKind kind, DateOnly effectiveOn, IEnumerable<OrgUnit?> predecessors)
    {
        var ending = predecessors.OfType<OrgUnit>().ToHashSet();
        return _units.FirstOrDefault(u => u.Code == code && u.Kind == kind && u.IsActiveOn(effectiveOn) && !ending.Contains(u));
    }

    /// <summary>Any unit holding the code on the day.</summary>
    public OrgUnit? AnyHolderOn(string code, DateOnly day) => _units.FirstOrDefault(u => u.Code == code && u.IsActiveOn(day));

    private OrgUnitState? StateOn(OrgUnit unit, DateOnly day) =>
        day >= unit.StateFrom ? null : _states[unit.Id].FirstOrDefault(s => s.ValidFrom <= day && day <= s.ValidTo);

    public string NameOn(OrgUnit unit, DateOnly day) => StateOn(unit, day)?.NameVi ?? unit.NameVi;

    public string? NameEnOn(OrgUnit unit, DateOnly day) => StateOn(unit, day) is { } state ? state.NameEn : unit.NameEn;

    public int? ParentIdOn(OrgUnit unit, DateOnly day) => StateOn(unit, day) is { } state ? state.ParentId : unit.ParentId;

    public IEnumerable<OrgUnit> ChildrenOn(OrgUnit parent, DateOnly day) =>
        _units.Where(u => u.IsActiveOn(day) && ParentIdOn(u, day) == parent.Id);

    /// <summary>The province's Sở Nội vụ: its first department named so (the oldest, in practice the seat's), or null.</summary>
    public OrgUnit? HomeAffairsOf(OrgUnit province, DateOnly day) =>
        _units.Where(u => u.ParentId == province.Id && u.Kind == OrgUnitKind.Department && u.IsActiveOn(day)
                && (UnitNames.LocalKey(u.NameVi) == "so noi vu" || u.NameEn is "Department of Home Affairs"))
            .OrderBy(u => u.Id).FirstOrDefault();

    public OrgUnit Create(OrgUnitKind kind, string code, string nameVi, string? nameEn, OrgUnit? parent, DateOnly activeFrom, OrgUnit? reportsTo)
    {
        var unit = OrgUnit.Create(kind, code, nameVi, nameEn, parent, activeFrom);
        unit.ReportTo(reportsTo);
        _db.OrgUnits.Add(unit);
        _units.Add(unit);
        Created.Add(Dto(unit, "created"));
        return unit;
    }

    public OrgUnit CreateHistorical(OrgUnitKind kind, string code, string nameVi, string? nameEn, OrgUnit? parent, DateOnly activeFrom, DateOnly activeTo)
    {
        var unit = OrgUnit.CreateHistorical(kind, code, nameVi, nameEn, parent, activeFrom, activeTo);
        _db.OrgUnits.Add(unit);
        _units.Add(unit);
        Historical.Add(Dto(unit, $"registered as it was, until {activeTo:yyyy-MM-dd}"));
        return unit;
    }

    /// <summary>Ends the unit on the eve of the change; a unit already ended so with the same successor is left alone (a re-apply).</summary>
    public void End(OrgUnit unit, DateOnly lastDay, OrgUnit? successor)
    {
        Handovers[unit] = successor;
        if (unit.ActiveTo == lastDay && unit.SuccessorId == successor?.Id)
            return;
        unit.EndOn(lastDay, successor);
        Ended.Add(Dto(unit, successor is null ? "ended" : $"ended, succeeded by {successor.Code} {successor.NameVi}"));
    }

    /// <summary>
    /// Changes what the unit is from the day (its name, kind, parent, reporting line), keeping what held
    /// before as a state; records a move or a re-pointed line for the answer.
    /// </summary>
    public void Change(OrgUnit unit, DateOnly effectiveOn, OrgUnitKind? kind = null, string? nameVi = null, string? nameEn = null,
        OrgUnit? parent = null, OrgUnit? reportsTo = null, bool changeReportsTo = false, List<RestructuredUnitDto>? recordIn = null, string? change = null)
    {
        var newParent = parent ?? ById(unit.ParentId);
        var newRecipient = changeReportsTo ? reportsTo : ById(unit.ReportsToId);
        var descendants = newParent?.Id != unit.ParentId ? _units.Where(u => u.IsWithin(unit.Path) && u.Id != unit.Id).ToList() : [];
        var moved = newParent?.Id != unit.ParentId;
        var repointed = newRecipient?.Id != unit.ReportsToId;
        var state = unit.ChangeOn(effectiveOn, kind ?? unit.Kind, nameVi ?? unit.NameVi, nameVi is null ? unit.NameEn : nameEn, newParent, descendants, newRecipient);
        if (state is not null)
            _db.OrgUnitStates.Add(state);
        if (recordIn is not null)
            recordIn.Add(Dto(unit, change ?? "changed"));
        else if (moved)
            Moved.Add(Dto(unit, $"moved under {newParent!.NameVi}{(repointed ? $", reports to {newRecipient?.NameVi ?? "its province"}" : "")}"));
        else if (repointed)
            Repointed.Add(Dto(unit, $"reports to {newRecipient?.NameVi ?? "its province"}"));
    }

    public RestructuredUnitDto Dto(OrgUnit unit, string change)
    {
        var successor = ById(unit.SuccessorId);
        return new RestructuredUnitDto(unit.Id, unit.Kind, unit.Code, unit.NameVi, unit.ActiveFrom, unit.ActiveTo, unit.SuccessorId, successor?.Code, change);
    }

    /// <summary>
    /// After units ended: their active sub-units move under the successor (or <paramref name="orphanHome"/>),
    /// and every active unit that reported to an ended one reports to its successor or to <paramref name="newLine"/>'s choice.
    /// </summary>
    public void Rehome(DateOnly effectiveOn, Func<OrgUnit, OrgUnit?> homeFor, Func<OrgUnit, OrgUnit?> recipientFor)
    {
        var ended = Handovers.Keys.Select(u => u.Id).ToHashSet();
        foreach (var (unit, _) in Handovers.ToList())
            foreach (var child in ChildrenOn(unit, effectiveOn).Where(c => !ended.Contains(c.Id)).ToList())
            {
                if (homeFor(child) is not { } home)
                    continue;
                var recipient = child.ReportsToId is { } r && ended.Contains(r) ? recipientFor(child) : ById(child.ReportsToId);
                Change(child, effectiveOn, parent: home, reportsTo: recipient, changeReportsTo: true);
            }
        foreach (var unit in _units.Where(u => u.IsActiveOn(effectiveOn) && u.ReportsToId is { } r && ended.Contains(r) && !ended.Contains(u.Id)).ToList())
            Change(unit, effectiveOn, reportsTo: recipientFor(unit), changeReportsTo: true);
    }
}
