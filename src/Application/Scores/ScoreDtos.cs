using PapiTracker.Domain.Scores;

namespace PapiTracker.Application.Scores;

/// <summary>A derived score: its rank among the provinces that have one, and its change against the year before.</summary>
public sealed record ScoreDto(
    decimal? Score,
    int? Rank,
    int RankedOf,
    PerformanceGroup? Group,
    decimal? Delta,
    int? RankChange,
    ChangeUnavailableReason? ChangeUnavailableBecause);

public sealed record SubDimensionResultDto(
    string Code,
    string NameVi,
    string NameEn,
    decimal? Value,
    decimal? Delta,
    ChangeUnavailableReason? ChangeUnavailableBecause);

public sealed record DimensionResultDto(string Code, string NameVi, string NameEn, ScoreDto Score, IReadOnlyList<SubDimensionResultDto> SubDimensions);

/// <summary>
/// A province's whole result in one survey year. <see cref="TotalCheck"/>: where the file carried the
/// publisher's total, that total (the one in <see cref="Total"/>), the derived one and whether they differ.
/// </summary>
public sealed record ProvinceYearResultDto(int SurveyYear, string FrameworkVersion, ScoreDto Total, IReadOnlyList<DimensionResultDto> Dimensions, TotalCheck? TotalCheck = null)
{
    public static ProvinceYearResultDto From(ProvinceStanding standing, ReleaseStandings release, ReleaseStandings? previousYear)
    {
        var change = new YearOnYear(release, previousYear);
        return new ProvinceYearResultDto(
            release.SurveyYear,
            release.Version.Code,
            ScoreOf(standing.Total, change.Total(standing)),
            standing.Dimensions.Select(d => new DimensionResultDto(
                d.Dimension.Code,
                d.Dimension.NameVi,
                d.Dimension.NameEn,
                ScoreOf(d.Placing, change.Dimension(standing, d)),
                d.SubDimensions.Select(s =>
                {
                    var subChange = change.SubDimension(standing, s);
                    return new SubDimensionResultDto(
                        s.SubDimension.Code, s.SubDimension.NameVi, s.SubDimension.NameEn, s.Value, subChange.Delta, subChange.UnavailableBecause);
                }).ToList())).ToList(),
            standing.Check);
    }

    public static ScoreDto ScoreOf(Placing placing, ScoreChange change) =>
        new(placing.Score, placing.Rank, placing.RankedOf, placing.Group, change.Delta, change.RankChange, change.UnavailableBecause);
}

/// <summary>A release as one unit reads it: official, or estimated for a merged unit (<see cref="Estimate"/> not null).</summary>
public sealed record UnitRelease(ReleaseStandings Standings, Estimate? Estimate);

/// <summary>
/// A unit an estimate is made from (or that it lacks). For a unit it is made from: its <c>Weight</c> (the
/// shares sum to 1) and, when weighted by population, the <c>Population</c> and the year of that figure.
/// </summary>
public sealed record EstimateInputDto(int ProvinceId, string NameVi, string? NameEn, decimal? Weight = null, long? Population = null, int? PopulationYear = null);

/// <summary>
/// The label every estimate carries: an unofficial figure (ước tính, không chính thức) for a unit that did
/// not exist when surveyed, never an official one. <c>Method</c> says how it is made (simple mean or
/// population-weighted), <c>From</c> are the scored predecessors averaged with their weights, <c>Missing</c>
/// the predecessors without a score that year; <c>Partial</c> when the estimate was asked for although
/// some value was missing.
/// </summary>
public sealed record EstimateDto(EstimateMethod Method, bool Partial, IReadOnlyList<EstimateInputDto> From, IReadOnlyList<EstimateInputDto> Missing)
{
    public bool Official => false;

    public static EstimateDto Of(Estimate estimate, IReadOnlyDictionary<int, EstimateInputDto> units) =>
        new(estimate.Method, estimate.Partial,
            estimate.ScoredPredecessorIds
                .Select(id => units[id] with
                {
                    Weight = estimate.WeightOf(id),
                    Population = estimate.Populations.GetValueOrDefault(id)?.Population,
                    PopulationYear = estimate.Populations.GetValueOrDefault(id)?.Year,
                })
                .ToList(),
            estimate.UnscoredPredecessorIds.Select(id => units[id]).ToList());
}
