using PapiTracker.Application.Provinces.Queries.SearchProvinces;
using PapiTracker.Application.Scores;

namespace PapiTracker.Application.Provinces.Queries.GetProvinceProfile;

/// <summary>A province's result in every survey year of a framework, oldest first.</summary>
public sealed record ProvinceProfileDto(ProvinceDto Province, string Framework, IReadOnlyList<ProvinceYearResultDto> Years);
