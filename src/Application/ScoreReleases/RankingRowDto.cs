using PapiTracker.Application.Scores;
using PapiTracker.Domain.Scores;

namespace PapiTracker.Application.ScoreReleases;

/// <summary>
/// A province's line in a year's ranking, on the total or on one dimension. <c>Official</c> is false on a
/// ranking of the units of a later date (<c>as</c>): its ranks are then PapiTracker's, not the publisher's,
/// and <c>Estimate</c> says how a merged unit's score was estimated. <c>TotalCheck</c> (on the total, where the
/// file carried the publisher's own total, as PCI's do): the published total, which is the <c>Score</c>, the
/// one derived from the values and whether they differ beyond the framework's tolerance.
/// </summary>
public sealed record RankingRowDto(
    int ProvinceId,
    string ProvinceNameVi,
    string? ProvinceNameEn,
    decimal? Score,
    int? Rank,
    int RankedOf,
    PerformanceGroup? Group,
    decimal? ScoreDelta,
    int? RankChange,
    ChangeUnavailableReason? ChangeUnavailableBecause,
    bool Official,
    EstimateDto? Estimate,
    TotalCheck? TotalCheck = null);
