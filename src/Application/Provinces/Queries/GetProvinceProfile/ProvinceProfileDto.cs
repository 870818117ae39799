using PapiTracker.Application.Scores;

namespace PapiTracker.Application.Provinces.Queries.GetProvinceProfile;

/// <summary>
/// A province's result in every survey year of a framework, oldest first: its own official series and,
/// across a restructuring, the units before and after it. A merged unit (the 34 of 1 July 2025) has no
/// official figure for the years before it existed; <c>Estimates</c> gives one per year from its
/// predecessors, always labelled unofficial, never mixed into <c>Years</c>.
/// </summary>
public sealed record ProvinceProfileDto(
    ProvinceDto Province,
    string Framework,
    IReadOnlyList<ProvinceYearResultDto> Years,
    IReadOnlyList<PredecessorSeriesDto> Predecessors,
    ProvinceDto? Successor,
    IReadOnlyList<EstimatedYearDto> Estimates);

/// <summary>A predecessor (tỉnh trước sáp nhập) with its own official series.</summary>
public sealed record PredecessorSeriesDto(ProvinceDto Province, IReadOnlyList<ProvinceYearResultDto> Years);

/// <summary>
/// An estimated year: the result as the unit would have had it, ranked among the units active on its first
/// day (34 from 2025-07-01). Unofficial; <c>Estimate</c> says how and from whom.
/// </summary>
public sealed record EstimatedYearDto(int SurveyYear, EstimateDto Estimate, ProvinceYearResultDto Result);
