namespace PapiTracker.Domain.Organization;

/// <summary>
/// What a unit was from <see cref="ValidFrom"/> to <see cref="ValidTo"/>: its kind, names, parent and
/// reporting line before a change at a date. The unit's own row is its state from
/// <see cref="OrgUnit.StateFrom"/> on; these rows answer for the days before.
/// </summary>
public sealed class OrgUnitState
{
    private OrgUnitState() { }

    public long Id { get; private set; }
    public int UnitId { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly ValidTo { get; private set; }
    public OrgUnitKind Kind { get; private set; }
    public string? Code { get; private set; }
    public string NameVi { get; private set; } = "";
    public string? NameEn { get; private set; }
    public string SearchKey { get; private set; } = "";
    public int? ParentId { get; private set; }
    public int? ReportsToId { get; private set; }

    /// <summary>The unit's current state, closed on <paramref name="validTo"/>.</summary>
    internal static OrgUnitState Of(OrgUnit unit, DateOnly validTo) => new()
    {
        UnitId = unit.Id,
        ValidFrom = unit.StateFrom,
        ValidTo = validTo,
        Kind = unit.Kind,
        Code = unit.Code,
        NameVi = unit.NameVi,
        NameEn = unit.NameEn,
        SearchKey = unit.SearchKey,
        ParentId = unit.ParentId,
        ReportsToId = unit.ReportsToId,
    };
}
