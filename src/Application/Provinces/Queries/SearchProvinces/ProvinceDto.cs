namespace PapiTracker.Application.Provinces.Queries.SearchProvinces;

public sealed record ProvinceDto(int Id, string NameVi, string? NameEn, string? Code);
