using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Application.OrgUnits;

/// <summary>
/// Units as they stood on a day: those active then, each with the state that held (its own row
/// from <see cref="OrgUnit.StateFrom"/> on, a kept <see cref="OrgUnitState"/> before). One LEFT JOIN
/// in SQL; filters on the names, kind and parent apply to what held on the day.
/// </summary>
internal static class OrgUnitsAsOf
{
    internal sealed class UnitOnDay
    {
        public int Id { get; init; }
        public OrgUnitKind Kind { get; init; }
        public string? Code { get; init; }
        public string NameVi { get; init; } = "";
        public string? NameEn { get; init; }
        public string SearchKey { get; init; } = "";
        public int? ParentId { get; init; }
        public int? ReportsToId { get; init; }
        public DateOnly ActiveFrom { get; init; }
        public DateOnly? ActiveTo { get; init; }
        public int? SuccessorId { get; init; }
        public bool OfficersMaySubmit { get; init; }
        public int Depth { get; init; }
    }

    public static IQueryable<UnitOnDay> On(this IQueryable<OrgUnit> units, IApplicationDbContext db, DateOnly day) =>
        from u in units.Where(u => u.ActiveFrom <= day && (u.ActiveTo == null || u.ActiveTo >= day))
        from s in db.OrgUnitStates.Where(s => s.UnitId == u.Id && s.ValidFrom <= day && s.ValidTo >= day).DefaultIfEmpty()
        select new UnitOnDay
        {
            Id = u.Id,
            Kind = s == null ? u.Kind : s.Kind,
            Code = u.Code,
            NameVi = s == null ? u.NameVi : s.NameVi,
            NameEn = s == null ? u.NameEn : s.NameEn,
            SearchKey = s == null ? u.SearchKey : s.SearchKey,
            ParentId = s == null ? u.ParentId : s.ParentId,
            ReportsToId = s == null ? u.ReportsToId : s.ReportsToId,
            ActiveFrom = u.ActiveFrom,
            ActiveTo = u.ActiveTo,
            SuccessorId = u.SuccessorId,
            OfficersMaySubmit = u.OfficersMaySubmit,
            Depth = u.Path.Length,
        };

    public static IQueryable<OrgUnitDto> AsDtos(this IQueryable<UnitOnDay> units) =>
        units.Select(u => new OrgUnitDto(u.Id, u.Kind, u.Code, u.NameVi, u.NameEn, u.ParentId, u.ReportsToId, u.ActiveFrom, u.ActiveTo, u.SuccessorId, u.OfficersMaySubmit));
}
