using PapiTracker.Domain.Common;

namespace PapiTracker.Domain.Organization;

/// <summary>A unit (đơn vị) of the organization tree; provinces are the units PAPI scores.</summary>
public sealed class OrgUnit
{
    public const int NameMaxLength = 200;
    public const int CodeMaxLength = 32;

    private OrgUnit() { }

    public int Id { get; private set; }
    public OrgUnitKind Kind { get; private set; }

    /// <summary>Official administrative code where one exists.</summary>
    public string? Code { get; private set; }
    public string NameVi { get; private set; } = "";
    public string? NameEn { get; private set; }

    /// <summary>Both names folded by <see cref="VietnameseText.Fold"/>, for accent-insensitive search.</summary>
    public string SearchKey { get; private set; } = "";
    public int? ParentId { get; private set; }

    public static OrgUnit CreateProvince(string nameVi, string? nameEn)
    {
        if (string.IsNullOrWhiteSpace(nameVi))
            throw new DomainException("A province needs a Vietnamese name.");
        var unit = new OrgUnit { Kind = OrgUnitKind.Province, NameVi = nameVi.Trim(), NameEn = nameEn?.Trim() };
        unit.SearchKey = SearchKeyOf(unit.NameVi, unit.NameEn);
        return unit;
    }

    /// <summary>True when the name, with or without diacritics, in Vietnamese or English, is this unit's.</summary>
    public bool IsNamed(string name)
    {
        var folded = VietnameseText.Fold(name);
        return folded == VietnameseText.Fold(NameVi) || (NameEn is not null && folded == VietnameseText.Fold(NameEn));
    }

    private static string SearchKeyOf(string nameVi, string? nameEn) =>
        nameEn is null ? VietnameseText.Fold(nameVi) : $"{VietnameseText.Fold(nameVi)} | {VietnameseText.Fold(nameEn)}";
}
