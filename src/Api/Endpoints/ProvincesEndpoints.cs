using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Provinces.Queries.CompareProvinces;
using PapiTracker.Application.Provinces.Queries.GetProvinceProfile;
using PapiTracker.Application.Provinces.Queries.GetProvinceStandings;
using PapiTracker.Application.Provinces.Queries.SearchProvinces;
using PapiTracker.Domain.Scores;
using PapiTracker.Domain.Frameworks;
using PapiTracker.Application.Provinces;

namespace PapiTracker.Api.Endpoints;

internal static class ProvincesEndpoints
{
    public static void MapProvincesEndpoints(this RouteGroupBuilder api)
    {
        var provinces = api.MapGroup("/provinces").WithTags("Provinces");

        provinces.MapGet("/", SearchProvinces)
            .WithName(nameof(SearchProvinces))
            .WithSummary("Provinces, optionally filtered by name with or without diacritics (\"bac giang\" finds Bắc Giang).")
            .ProducesValidationProblem();

        provinces.MapGet("/{provinceId:int}/profile", GetProvinceProfile)
            .WithName(nameof(GetProvinceProfile))
            .WithSummary("A province's totals, ranks, dimensions and sub-dimensions in every survey year, with changes.")
            .WithUnroundedScores("Its own official series in `years`; across a restructuring its `predecessors` with their series and its "
                + "`successor`; for a merged unit (the 34 of 2025-07-01) `estimates`: one per year from its predecessors (weighted by "
                + "population where every predecessor has a figure for that year or an earlier one, else the simple mean; `method=SimpleMean` "
                + "always takes the simple mean), ranked among the units of its first day, labelled unofficial with its method and "
                + "weights, and never mixed into `years`.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        provinces.MapGet("/{provinceId:int}/standings", GetProvinceStandings)
            .WithName(nameof(GetProvinceStandings))
            .WithSummary("Every index the province is officially scored on, each with its latest year's total, rank and change.")
            .WithUnroundedScores("One entry per index (PAPI, PCI …, by code) that has a release scoring the province; the index's scale, "
                + "decimals and direction are in `GET /frameworks`. A merged unit's estimates are in its profile, not here.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        provinces.MapGet("/comparison", CompareProvinces)
            .WithName(nameof(CompareProvinces))
            .WithSummary("Provinces side by side in one survey year (repeat provinceIds, at most 10).")
            .WithUnroundedScores()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<PagedList<ProvinceDto>>> SearchProvinces(
        ISender sender, CancellationToken ct, string? search = null, int page = 1, int pageSize = PagedList<object>.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new SearchProvincesQuery(search, page, pageSize), ct));

    /// <param name="partial">Estimate a merged unit's years even where a predecessor lacks a value (labelled partial).</param>
    /// <param name="method">PopulationWeighted (where the figures allow, else the simple mean) or SimpleMean; the framework's estimate rule when omitted.</param>
    private static async Task<Ok<ProvinceProfileDto>> GetProvinceProfile(
        int provinceId, ISender sender, CancellationToken ct, string framework = IndexFramework.DefaultCode, bool partial = false,
        EstimateMethod? method = null) =>
        TypedResults.Ok(await sender.Send(new GetProvinceProfileQuery(provinceId, framework, partial, method), ct));

    private static async Task<Ok<IReadOnlyList<FrameworkStandingDto>>> GetProvinceStandings(int provinceId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetProvinceStandingsQuery(provinceId), ct));

    private static async Task<Ok<ProvinceComparisonDto>> CompareProvinces(
        int year, int[] provinceIds, ISender sender, CancellationToken ct, string framework = IndexFramework.DefaultCode) =>
        TypedResults.Ok(await sender.Send(new CompareProvincesQuery(year, provinceIds, framework), ct));
}
