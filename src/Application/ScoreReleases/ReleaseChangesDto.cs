using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Scores;

namespace PapiTracker.Application.ScoreReleases;

public sealed record ProvinceNameDto(int Id, string NameVi, string? NameEn);

public sealed record ValueChangeDto(int ProvinceId, string ProvinceNameVi, string SubDimension, decimal? Before, decimal? After);

public sealed record RankMoveDto(int ProvinceId, string ProvinceNameVi, int? Before, int? After);

/// <summary>
/// What a revision changes against the current one (<see cref="ReleaseChanges"/>) with the provinces named.
/// <c>valueChanges</c> lists at most <see cref="MaxValueChangesListed"/>; <c>valuesChanged</c> counts them all.
/// </summary>
public sealed record ReleaseChangesDto(
    int ProvincesBefore,
    int ProvincesAfter,
    int ValuesBefore,
    int ValuesAfter,
    IReadOnlyList<ProvinceNameDto> ProvincesAdded,
    IReadOnlyList<ProvinceNameDto> ProvincesRemoved,
    IReadOnlyList<ProvinceNameDto> ProvincesChanged,
    int ValuesChanged,
    decimal ShareOfValuesChanged,
    IReadOnlyList<ValueChangeDto> ValueChanges,
    IReadOnlyList<RankMoveDto> RankMoves,
    bool NeedsConfirmation,
    IReadOnlyList<string> ConfirmationReasons)
{
    public const int MaxValueChangesListed = 500;

    public static ReleaseChangesDto From(ReleaseChanges changes, IReadOnlyDictionary<int, OrgUnit> provinces)
    {
        ProvinceNameDto Named(int id) => new(id, provinces[id].NameVi, provinces[id].NameEn);
        return new ReleaseChangesDto(
            changes.ProvincesBefore,
            changes.ProvincesAfter,
            changes.ValuesBefore,
            changes.ValuesAfter,
            changes.ProvincesAdded.Select(Named).ToList(),
            changes.ProvincesRemoved.Select(Named).ToList(),
            changes.ProvincesChanged.Select(Named).ToList(),
            changes.ValuesChanged,
            changes.ShareOfValuesChanged,
            changes.ValueChanges.Take(MaxValueChangesListed)
                .Select(c => new ValueChangeDto(c.ProvinceId, provinces[c.ProvinceId].NameVi, c.SubDimension, c.Before, c.After)).ToList(),
            changes.RankMoves.Select(m => new RankMoveDto(m.ProvinceId, provinces[m.ProvinceId].NameVi, m.Before, m.After)).ToList(),
            changes.NeedsConfirmation,
            changes.ConfirmationReasons);
    }
}
