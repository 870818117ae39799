using System.Linq.Expressions;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Application.OrgUnits;

public sealed record OrgUnitDto(
    int Id,
    OrgUnitKind Kind,
    string? Code,
    string NameVi,
    string? NameEn,
    int? ParentId,
    int? ReportsToId,
    DateOnly ActiveFrom,
    DateOnly? ActiveTo,
    int? SuccessorId,
    bool OfficersMaySubmit)
{
    public static readonly Expression<Func<OrgUnit, OrgUnitDto>> Projection = u =>
        new OrgUnitDto(u.Id, u.Kind, u.Code, u.NameVi, u.NameEn, u.ParentId, u.ReportsToId, u.ActiveFrom, u.ActiveTo, u.SuccessorId, u.OfficersMaySubmit);

    private static readonly Func<OrgUnit, OrgUnitDto> FromUnit = Projection.Compile();

    public static OrgUnitDto From(OrgUnit unit) => FromUnit(unit);
}
