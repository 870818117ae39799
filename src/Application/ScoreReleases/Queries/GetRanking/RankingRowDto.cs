using PapiTracker.Domain.Scores;

namespace PapiTracker.Application.ScoreReleases.Queries.GetRanking;

/// <summary>A province's line in a year's ranking, on the total or on one dimension.</summary>
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
    ChangeUnavailableReason? ChangeUnavailableBecause);
