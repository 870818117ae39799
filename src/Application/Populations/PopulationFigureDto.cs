using PapiTracker.Application.Provinces;

namespace PapiTracker.Application.Populations;

/// <summary>A unit's population in a year and where the figure comes from.</summary>
public sealed record PopulationFigureDto(ProvinceDto Province, int Year, long Population, string Source);
