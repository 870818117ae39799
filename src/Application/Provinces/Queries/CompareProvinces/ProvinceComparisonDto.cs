using PapiTracker.Application.Scores;

namespace PapiTracker.Application.Provinces.Queries.CompareProvinces;

/// <summary>Provinces side by side in one survey year; <c>Result</c> is null for a province the release does not list.</summary>
public sealed record ProvinceComparisonDto(int SurveyYear, string FrameworkVersion, IReadOnlyList<ComparedProvinceDto> Provinces);

public sealed record ComparedProvinceDto(ProvinceDto Province, ProvinceYearResultDto? Result);
