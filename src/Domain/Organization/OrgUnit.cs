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

    /// <summary>Both names folded, joined by <see cref="VietnameseText.KeySeparator"/>.</summary>
    public const int SearchKeyMaxLength = 2 * NameMaxLength + 3;

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

    /// <summary>
    /// The day the current name, kind, parent and reporting line took effect; what held before is kept
    /// as <see cref="OrgUnitState"/> rows, so the tree can be read as of any date.
    /// </summary>
    public DateOnly StateFrom { get; private set; }

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
        var unit = new OrgUnit { Key = Guid.CreateVersion7(), Kind = kind, ActiveFrom = activeFrom, StateFrom = activeFrom };
        unit.Rename(code, nameVi, nameEn);
        unit.ParentId = parent?.Id;
        unit.Path = $"{parent?.Path ?? "/"}{unit.Key:N}/";
        return unit;
    }

    /// <summary>
    /// A unit that had already ended when it was entered (a province of 2024 registered while loading
    /// the 2025 restructuring): active, and its code valid, from <paramref name="activeFrom"/> to <paramref name="activeTo"/>.
    /// </summary>
    public static OrgUnit CreateHistorical(OrgUnitKind kind, string code, string nameVi, string? nameEn, OrgUnit? parent, DateOnly activeFrom, DateOnly activeTo)
    {
        if (activeTo < activeFrom)
            throw new DomainException(Messages.UnitEndsBeforeItBegins(nameVi));
        var unit = new OrgUnit { Key = Guid.CreateVersion7(), Kind = kind, ActiveFrom = activeFrom, StateFrom = activeFrom, ActiveTo = activeTo };
        unit.Rename(code, nameVi, nameEn);
        unit.ParentId = parent?.Id;
        unit.Path = $"{parent?.Path ?? "/"}{unit.Key:N}/";
        return unit;
    }

    public bool IsActiveOn(DateOnly day) => ActiveFrom <= day && (ActiveTo is null || day <= ActiveTo);

    /// <summary><see cref="IsActiveOn"/> as a query filter, for the database to answer.</summary>
    public static System.Linq.Expressions.Expression<Func<OrgUnit, bool>> ActiveOn(DateOnly day) =>
        u => u.ActiveFrom <= day && (u.ActiveTo == null || u.ActiveTo >= day);

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
    /// name (see <see cref="UnitNames.ProvinceKey"/>), among the provinces that existed during that
    /// year: codes and names are reused after the 2025 mergers, so "Bắc Ninh" of 2024 is the old province and
    /// of 2025 the new one; a unit renamed since is found by the names it had (<paramref name="earlierNames"/>, by id).
    /// When two existed that year, the one still active on 31 December is meant; null
    /// when none matches or the name stays ambiguous.
    /// </summary>
    public static OrgUnit? ProvinceSurveyedAs(IEnumerable<OrgUnit> units, ILookup<int, string> earlierNames, int surveyYear, string nameVi, string? nameEn)
    {
        var keys = new[] { nameVi, nameEn }.OfType<string>().Where(n => n.Trim().Length > 0).Select(UnitNames.ProvinceKey).ToHashSet();
        var named = units
            .Where(u => u.Kind == OrgUnitKind.Province && u.WasActiveIn(surveyYear))
            .Where(u => new[] { u.NameVi, u.NameEn }.OfType<string>().Concat(earlierNames[u.Id]).Any(n => keys.Contains(UnitNames.ProvinceKey(n))))
            .ToList();
        if (named.Count > 1)
            named = named.Where(u => u.IsActiveOn(new DateOnly(surveyYear, 12, 31))).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>
    /// Ends the unit on <paramref name="lastDay"/> in a restructuring, handing over to the successor if
    /// there is one. Its sub-units are the restructuring's business (moved or ended with it).
    /// </summary>
    public void EndOn(DateOnly lastDay, OrgUnit? successor)
    {
        if (successor is not null && successor.Key == Key)
            throw new DomainException(Messages.UnitSucceedsItself(NameVi));
        if (ActiveTo is not null && ActiveTo < lastDay)
            throw new DomainException(Messages.AlreadyEnded(NameVi, ActiveTo.Value));
        if (lastDay < ActiveFrom)
            throw new DomainException(Messages.EndsBeforeStart(NameVi, ActiveFrom, lastDay));
        ActiveTo = lastDay;
        SuccessorId = successor?.Id;
    }

    /// <summary>
    /// Changes the name, kind, parent or reporting line from <paramref name="effectiveOn"/>, keeping
    /// what held until the day before as a state of the past; null when nothing was superseded (a
    /// second change on the same day replaces the first).
    /// </summary>
    public OrgUnitState? ChangeOn(DateOnly effectiveOn, OrgUnitKind kind, string nameVi, string? nameEn, OrgUnit? parent, IEnumerable<OrgUnit> descendants, OrgUnit? reportsTo)
    {
        if (effectiveOn < StateFrom)
            throw new DomainException(Messages.ChangeBeforeLastChange(NameVi, StateFrom));
        if (!IsActiveOn(effectiveOn))
            throw new DomainException(Messages.SuccessorNotActive(NameVi, effectiveOn));
        if (parent is not null && parent.Id != ParentId && !parent.IsActiveOn(effectiveOn))
            throw new DomainException(Messages.ParentNotActive(parent.NameVi, effectiveOn));
        if (reportsTo is not null && reportsTo.Id != ReportsToId && !reportsTo.IsActiveOn(effectiveOn))
            throw new DomainException(Messages.RecipientNotActiveOn(reportsTo.NameVi, effectiveOn));
        var unchanged = kind == Kind && nameVi.Trim() == NameVi && (nameEn?.Trim() ?? null) == NameEn && parent?.Id == ParentId && reportsTo?.Id == ReportsToId;
        if (unchanged)
            return null;
        var before = effectiveOn > StateFrom ? OrgUnitState.Of(this, effectiveOn.AddDays(-1)) : null;
        Kind = kind;
        Rename(Code, nameVi, nameEn);
        if (parent is not null && parent.Id != ParentId)
            MoveUnder(parent, descendants, effectiveOn);
        if (reportsTo?.Id != ReportsToId)
            ReportTo(reportsTo);
        StateFrom = effectiveOn;
        return before;
    }

    /// <summary>
    /// True when the name, with or without diacritics, in Vietnamese or English, is this unit's; a
    /// "Thành phố"/"TP." before it and spaces or hyphens between words do not count.
    /// </summary>
    public bool IsNamed(string name) => AreSameName(name, NameVi, NameEn);

    /// <summary>The comparison <see cref="IsNamed"/> makes, for names a unit had before.</summary>
    public static bool AreSameName(string name, string nameVi, string? nameEn)
    {
        var key = UnitNames.ProvinceKey(name);
        return key.Length > 0 && (key == UnitNames.ProvinceKey(nameVi) || (nameEn is not null && key == UnitNames.ProvinceKey(nameEn)));
    }
}
