using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Application.Scores;

/// <summary>
/// The province-level units with every name they had, to find the one a file's row means in a year: a
/// name or code two units held in turn (Bắc Ninh; code 24) is the one that existed that year.
/// </summary>
public sealed class ProvinceRegister
{
    private readonly ILookup<int, string> _earlierNames;

    private ProvinceRegister(IReadOnlyList<OrgUnit> provinces, ILookup<int, string> earlierNames)
    {
        Provinces = provinces;
        _earlierNames = earlierNames;
    }

    public IReadOnlyList<OrgUnit> Provinces { get; }

    public static async Task<ProvinceRegister> LoadAsync(IApplicationDbContext db, CancellationToken ct)
    {
        var provinces = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Province).ToListAsync(ct);
        // A province renamed at a date (Thừa Thiên Huế → Thành phố Huế) is still found by the names it had.
        var earlierNames = (await db.OrgUnitStates.AsNoTracking()
                .Where(s => provinces.Select(p => p.Id).Contains(s.UnitId))
                .Select(s => new { s.UnitId, s.NameVi, s.NameEn })
                .ToListAsync(ct))
            .SelectMany(s => new[] { (s.UnitId, Name: s.NameVi), (s.UnitId, Name: s.NameEn) })
            .Where(s => s.Name is not null)
            .ToLookup(s => s.UnitId, s => s.Name!);
        return new ProvinceRegister(provinces, earlierNames);
    }

    /// <summary>The province of that name (Vietnamese or English, now or before) that existed in the year; null when none or two.</summary>
    public OrgUnit? NamedIn(int year, string nameVi, string? nameEn) =>
        OrgUnit.ProvinceSurveyedAs(Provinces, _earlierNames, year, nameVi, nameEn);

    /// <summary>
    /// The province that held the code, or else had the name, in the year; where two did (a code reused
    /// within the year), the one of 31 December, as for a name.
    /// </summary>
    public OrgUnit? CodedOrNamedIn(int year, string codeOrName)
    {
        var coded = Provinces.Where(u => u.Code == codeOrName && u.WasActiveIn(year)).ToList();
        if (coded.Count > 1)
            coded = coded.Where(u => u.IsActiveOn(new DateOnly(year, 12, 31))).ToList();
        return coded.Count == 1 ? coded[0] : NamedIn(year, codeOrName, null);
    }
}
