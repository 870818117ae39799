using System.Linq.Expressions;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Application.Provinces;

/// <summary>
/// A province-level unit. Since 1 July 2025 a name and a code may belong to two units in turn (Bắc Ninh
/// before and after the merger; code 24 was Bắc Giang's), so the dates it existed come with it.
/// </summary>
public sealed record ProvinceDto(int Id, string NameVi, string? NameEn, string? Code, DateOnly ActiveFrom, DateOnly? ActiveTo)
{
    public static readonly Expression<Func<OrgUnit, ProvinceDto>> FromUnit =
        u => new ProvinceDto(u.Id, u.NameVi, u.NameEn, u.Code, u.ActiveFrom, u.ActiveTo);
}
