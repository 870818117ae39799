using FluentValidation;
using Mediator;
using PapiTracker.Application.Common.Caching;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Scores;
using PapiTracker.Domain.Scores;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Frameworks;
using PapiTracker.Application.Common.Validation;

namespace PapiTracker.Application.ScoreReleases.Queries.GetRanking;

/// <summary>
/// All provinces of a survey year ranked on the total or on one dimension (<c>dimension</c> = "1"…"8").
/// Unranked provinces (no complete score) come last, whatever the sort.
/// </summary>
[RequiresPermission(Permission.ReadScores)]
[CachedUntilChanged(typeof(ScoreRelease), typeof(ReleaseEntry), typeof(ProvinceScore), typeof(IndexFramework))]
public sealed record GetRankingQuery(
    int Year,
    string Framework = IndexFramework.DefaultCode,
    string? Dimension = null,
    string Sort = "rank",
    int Page = 1,
    int PageSize = PagedList<object>.MaxPageSize) : IQuery<PagedList<RankingRowDto>>;

public sealed class GetRankingQueryValidator : AbstractValidator<GetRankingQuery>
{
    public GetRankingQueryValidator()
    {
        this.ValidRanking(q => q.Year, q => q.Sort, q => q.Page, q => q.PageSize);
    }
}

public sealed class GetRankingQueryHandler(StandingsReader reader) : IQueryHandler<GetRankingQuery, PagedList<RankingRowDto>>
{
    public async ValueTask<PagedList<RankingRowDto>> Handle(GetRankingQuery query, CancellationToken cancellationToken)
    {
        var framework = await reader.FrameworkAsync(query.Framework, cancellationToken);
        var releases = await reader.ReleasesAsync(framework, query.Year - 1, query.Year, cancellationToken);
        var release = RankingRows.ReleaseOf(releases, query.Year, query.Framework, query.Dimension);
        var names = await reader.NamesAsync(release.Provinces.Select(p => p.ProvinceId), cancellationToken);
        return RankingRows.Page(release, releases.GetValueOrDefault(query.Year - 1), query.Dimension, names, estimates: null,
            query.Sort, query.Page, query.PageSize);
    }
}
