using PapiTracker.Domain.Auditing;
using PapiTracker.Domain.Common;

namespace PapiTracker.Domain.Organization;

/// <summary>
/// A unit (đơn vị) of the organization tree: province, department, district, commune or other body.
/// The tree's depth is not fixed (the 2025 reform removed the district level), so a unit knows its
/// place by <see cref="Path"/>, the keys of its ancestors and itself: a subtree is every unit whose
/// path starts with the root's, one indexed prefix match in SQL.
/// </summary>
public sealed class OrgUnit : IAudited
{
    public const int NameMaxLength = 200;
    public const int CodeMaxLength = 32;

    /// <summary>A path is the keys from the root down, each as 32 hex digits and a slash: "/k1/k2/".</summary>
    public const int PathSegmentLength = 33;
    public const int PathMaxLength = PathSegmentLength * 12;

    private OrgUnit() { }

    public int Id { get; private set; }

    /// <summary>Stable key used in <see cref="Path"/>; unlike the database id it exists before the first save.</summary>
    public Guid Key { get; private set; }
    public OrgUnitKind Kind { get; private set; }

    /// <summary>Official administrative code where one exists.</summary>
    public string? Code { get; private set; }
    public string NameVi { get; private set; } = "";
    public string? NameEn { get; private set; }

    /// <summary>Both names folded by <see cref="VietnameseText.Fold"/>, for accent-insensitive search.</summary>
    public string SearchKey { get; private set; } = "";
    public int? ParentId { get; private set; }

    /// <summary>"/{root key}/…/{own key}/".</summary>
    public string Path { get; private set; } = "";

    /// <summary>The unit that receives this unit's reports (báo cáo qua); not implied by the parent.</summary>
    public int? ReportsToId { get; private set; }
    public DateOnly ActiveFrom { get; private set; }

    /// <summary>Last day the unit existed; null while active.</summary>
    public DateOnly? ActiveTo { get; private set; }

    /// <summary>The unit that took over after a merge.</summary>
    public int? SuccessorId { get; private set; }

    /// <summary>Row version for optimistic concurrency: the ETag an edit must send back in If-Match.</summary>
    public uint Version { get; private set; }

    /// <summary>The unit lets its officers submit its reports, not only its head (nơi đơn vị cho phép).</summary>
    public bool OfficersMaySubmit { get; private set; }

    string? IAudited.AuditUnitPath => Path;

    /// <summary>The day a province is taken to have existed from when nothing older is recorded (before any PAPI survey).</summary>
    public static readonly DateOnly ProvincesKnownSince = new(2000, 1, 1);

    public static OrgUnit CreateProvince(string nameVi, string? nameEn) =>
        Create(OrgUnitKind.Province, null, nameVi, nameEn, parent: null, ProvincesKnownSince);

    public static OrgUnit Create(OrgUnitKind kind, string? code, string nameVi, string? nameEn, OrgUnit? parent, DateOnly activeFrom)
    {
        if (parent is not null && !parent.IsActiveOn(activeFrom))
            throw new DomainException(Messages.ParentNotActive(parent.NameVi, activeFrom));
        var unit = new OrgUnit { Key = Guid.CreateVersion7(), Kind = kind, ActiveFrom = activeFrom };
        unit.Rename(code, nameVi, nameEn);
        unit.ParentId = parent?.Id;
        unit.Path = $"{parent?.Path ?? "/"}{unit.Key:N}/";
        return unit;
    }

    public bool IsActiveOn(DateOnly day) => ActiveFrom <= day && (ActiveTo is null || day <= ActiveTo);

    /// <summary>True when the unit existed on at least one day of the year.</summary>
    public bool WasActiveIn(int year) => ActiveFrom <= new DateOnly(year, 12, 31) && (ActiveTo is null || ActiveTo >= new DateOnly(year, 1, 1));

    public bool IsWithin(string subtreePath) => Path.StartsWith(subtreePath, StringComparison.Ordinal);

    public void LetOfficersSubmit(bool allowed) => OfficersMaySubmit = allowed;

    public void Rename(string? code, string nameVi, string? nameEn)
    {
        if (string.IsNullOrWhiteSpace(nameVi))
            throw new DomainException(Messages.UnitNeedsVietnameseName);
        Code = string.IsNullOrWhiteSpace(code) ? null : code.Trim();
        NameVi = nameVi.Trim();
        NameEn = string.IsNullOrWhiteSpace(nameEn) ? null : nameEn.Trim();
        SearchKey = VietnameseText.SearchKey(NameVi, NameEn);
    }

    public void ReportTo(OrgUnit? recipient)
    {
        if (recipient is not null && recipient.Key == Key)
            throw new DomainException(Messages.UnitReportsToItself);
        if (recipient is not null && recipient.ActiveTo is not null)
            throw new DomainException(Messages.RecipientNotActive(recipient.NameVi));
        ReportsToId = recipient?.Id;
    }

    /// <summary>
    /// Moves the unit, with its whole subtree, under another parent. The caller passes every
    /// descendant so their paths follow.
    /// </summary>
    public void MoveUnder(OrgUnit newParent, IEnumerable<OrgUnit> descendants, DateOnly today)
    {
        if (newParent.IsWithin(Path))
            throw new DomainException(Messages.MoveMakesCycle(newParent.NameVi, NameVi));
        if (!newParent.IsActiveOn(today))
            throw new DomainException(Messages.MoveUnderInactive(newParent.NameVi));
        var oldPath = Path;
        Path = $"{newParent.Path}{Key:N}/";
        ParentId = newParent.Id;
        foreach (var descendant in descendants)
        {
            if (!descendant.IsWithin(oldPath) || descendant.Key == Key)
                throw new DomainException(Messages.NotBelow(descendant.NameVi, NameVi));
            descendant.Path = Path + descendant.Path[oldPath.Length..];
        }
    }

    /// <summary>Ends the unit the day before <paramref name="effectiveOn"/>, handing over to the successor; its history stays.</summary>
    public void MergeInto(OrgUnit successor, DateOnly effectiveOn, bool hasActiveChildren)
    {
        if (successor.Key == Key)
            throw new DomainException(Messages.MergeIntoItself(NameVi));
        if (ActiveTo is not null)
            throw new DomainException(Messages.AlreadyEnded(NameVi, ActiveTo!.Value));
        if (!successor.IsActiveOn(effectiveOn))
            throw new DomainException(Messages.SuccessorNotActive(successor.NameVi, effectiveOn));
        if (hasActiveChildren)
            throw new DomainException(Messages.HasActiveSubUnits(NameVi));
        if (effectiveOn <= ActiveFrom)
            throw new DomainException(Messages.MergeBeforeStart(NameVi, ActiveFrom));
        ActiveTo = effectiveOn.AddDays(-1);
        SuccessorId = successor.Id;
    }

    /// <summary>
    /// The province a score file's row of <paramref name="surveyYear"/> names, by its Vietnamese or English
    /// name (see <see cref="VietnameseText.ProvinceNameKey"/>), among the provinces that existed during that
    /// year: codes and names are reused after the 2025 mergers, so "Bắc Ninh" of 2024 is the old province and
    /// of 2025 the new one. When two existed that year, the one still active on 31 December is meant; null
    /// when none matches or the name stays ambiguous.
    /// </summary>
    public static OrgUnit? ProvinceSurveyedAs(IEnumerable<OrgUnit> units, int surveyYear, string nameVi, string? nameEn)
    {
        var keys = new[] { nameVi, nameEn }.OfType<string>().Where(n => n.Trim().Length > 0).Select(VietnameseText.ProvinceNameKey).ToHashSet();
        var named = units
            .Where(u => u.Kind == OrgUnitKind.Province && u.WasActiveIn(surveyYear))
            .Where(u => keys.Contains(VietnameseText.ProvinceNameKey(u.NameVi)) || (u.NameEn is not null && keys.Contains(VietnameseText.ProvinceNameKey(u.NameEn))))
            .ToList();
        if (named.Count > 1)
            named = named.Where(u => u.IsActiveOn(new DateOnly(surveyYear, 12, 31))).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>True when the name, with or without diacritics, in Vietnamese or English, is this unit's.</summary>
    public bool IsNamed(string name)
    {
        var folded = VietnameseText.Fold(name);
        return folded == VietnameseText.Fold(NameVi) || (NameEn is not null && folded == VietnameseText.Fold(NameEn));
    }
}
