using FluentValidation;
using Mediator;
using PapiTracker.Application.Common.Caching;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.ScoreReleases.Queries.GetRanking;
using PapiTracker.Application.Scores;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Frameworks;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Scores;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.ScoreReleases.Queries.GetEstimatedRanking;

/// <summary>
/// A survey year ranked for the units active on a later date (<c>as</c>): PAPI 2024 scored the 63 old
/// provinces; on 2025-07-01 there are 34 units, 23 of them merged, whose scores are estimates from their
/// predecessors (population-weighted where the figures allow, else the simple mean; <c>method</c> can ask
/// for the simple mean). The whole ranking is unofficial and labelled so, row by row; the official ranking
/// of the year is unchanged. <c>partial</c> asks for estimates even where a predecessor lacks a value.
/// </summary>
[RequiresPermission(Permission.ReadScores)]
[CachedUntilChanged(typeof(ScoreRelease), typeof(ReleaseEntry), typeof(ProvinceScore), typeof(IndexFramework), typeof(OrgUnit), typeof(PopulationFigure))]
public sealed record GetEstimatedRankingQuery(
    int Year,
    DateOnly As,
    bool Partial = false,
    string Framework = IndexFramework.DefaultCode,
    string? Dimension = null,
    string Sort = "rank",
    int Page = 1,
    int PageSize = PagedList<object>.MaxPageSize,
    EstimateMethod? Method = null) : IQuery<PagedList<RankingRowDto>>;

public sealed class GetEstimatedRankingQueryValidator : AbstractValidator<GetEstimatedRankingQuery>
{
    public GetEstimatedRankingQueryValidator()
    {
        RuleFor(q => q.As).InclusiveBetween(new DateOnly(SurveyYears.First, 1, 1), new DateOnly(SurveyYears.Last, 12, 31)).OverridePropertyName("as");
        this.ValidRanking(q => q.Year, q => q.Sort, q => q.Page, q => q.PageSize);
    }
}

public sealed class GetEstimatedRankingQueryHandler(StandingsReader reader) : IQueryHandler<GetEstimatedRankingQuery, PagedList<RankingRowDto>>
{
    public async ValueTask<PagedList<RankingRowDto>> Handle(GetEstimatedRankingQuery query, CancellationToken cancellationToken)
    {
        var framework = await reader.FrameworkAsync(query.Framework, cancellationToken);
        var releases = await reader.ReleasesAsync(framework, query.Year - 1, query.Year, cancellationToken);
        var official = RankingRows.ReleaseOf(releases, query.Year, query.Framework, query.Dimension);
        var lineage = await reader.LineageAsync(cancellationToken);

        var method = query.Method ?? framework.Estimate;
        var estimated = lineage.On(query.As, official, query.Partial, method);
        var previousYear = releases.GetValueOrDefault(query.Year - 1) is { } previous ? lineage.On(query.As, previous, query.Partial, method).Standings : null;
        var names = await reader.NamesAsync(
            estimated.Standings.Provinces.Select(p => p.ProvinceId)
                .Concat(estimated.Estimates.Values.SelectMany(e => e.ScoredPredecessorIds.Concat(e.UnscoredPredecessorIds))),
            cancellationToken);
        return RankingRows.Page(estimated.Standings, previousYear, query.Dimension, names, estimated.Estimates,
            query.Sort, query.Page, query.PageSize);
    }
}
