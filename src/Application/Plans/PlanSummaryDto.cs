using PapiTracker.Domain.Plans;

namespace PapiTracker.Application.Plans;

/// <summary>A plan in a list: what it is, whose, its years and status, and how many actions it has.</summary>
public sealed record PlanSummaryDto(
    int Id, int ProvinceId, string ProvinceNameVi, string Framework, string TitleVi, string? TitleEn, string? DocumentNumber,
    DateOnly? IssuedOn, int BaselineYear, int TargetYear, PlanStatus Status, int Actions);
