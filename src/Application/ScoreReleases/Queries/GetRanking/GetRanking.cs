using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Caching;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Domain.Common;
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
    string Framework = "PAPI",
    string? Dimension = null,
    string Sort = "rank",
    int Page = 1,
    int PageSize = PagedList<object>.MaxPageSize) : IQuery<PagedList<RankingRowDto>>
{
    public static readonly string[] SortKeys = ["rank", "-rank", "name", "-name", "score", "-score", "delta", "-delta"];
}

public sealed class GetRankingQueryValidator : AbstractValidator<GetRankingQuery>
{
    public GetRankingQueryValidator()
    {
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100);
        RuleFor(q => q.Sort).Must(s => GetRankingQuery.SortKeys.Contains(s))
            .WithText(Messages.SortBy(string.Join(", ", GetRankingQuery.SortKeys)));
        this.ValidPage(q => q.Page, q => q.PageSize);
    }
}

public sealed class GetRankingQueryHandler(IApplicationDbContext db, StandingsReader reader) : IQueryHandler<GetRankingQuery, PagedList<RankingRowDto>>
{
    public async ValueTask<PagedList<RankingRowDto>> Handle(GetRankingQuery query, CancellationToken cancellationToken)
    {
        var framework = await reader.FrameworkAsync(query.Framework, cancellationToken);
        var releases = await reader.ReleasesAsync(framework, query.Year - 1, query.Year, cancellationToken);
        if (!releases.TryGetValue(query.Year, out var release))
            throw new NotFoundException(Messages.Resources.ScoreRelease, $"{query.Framework} {query.Year}");
        if (query.Dimension is not null && release.Version.Dimensions.All(d => d.Code != query.Dimension))
            throw new ValidationException([new ValidationFailure("dimension", Messages.NoDimension(release.Version.Code, query.Dimension))]);

        var change = new YearOnYear(release, releases.GetValueOrDefault(query.Year - 1));
        var provinceIds = release.Provinces.Select(p => p.ProvinceId).ToList();
        var names = await db.OrgUnits.AsNoTracking()
            .Where(u => provinceIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => new { u.NameVi, u.NameEn }, cancellationToken);

        var rows = release.Provinces.Select(p =>
        {
            var (placing, delta) = query.Dimension is null
                ? (p.Total, change.Total(p))
                : (p.Dimension(query.Dimension)!.Placing, change.Dimension(p, p.Dimension(query.Dimension)!));
            var name = names[p.ProvinceId];
            return new RankingRowDto(p.ProvinceId, name.NameVi, name.NameEn, placing.Score, placing.Rank, placing.RankedOf, placing.Group,
                delta.Delta, delta.RankChange, delta.UnavailableBecause);
        });
        return PagedList<RankingRowDto>.Of(Sorted(rows, query.Sort).ToList(), query.Page, query.PageSize);
    }

    private static IEnumerable<RankingRowDto> Sorted(IEnumerable<RankingRowDto> rows, string sort)
    {
        var unrankedLast = rows.OrderBy(r => r.Rank is null);
        var sorted = sort switch
        {
            "-rank" => unrankedLast.ThenByDescending(r => r.Rank),
            "name" => unrankedLast.ThenBy(r => r.ProvinceNameVi, VietnameseText.Order),
            "-name" => unrankedLast.ThenByDescending(r => r.ProvinceNameVi, VietnameseText.Order),
            "score" => unrankedLast.ThenBy(r => r.Score),
            "-score" => unrankedLast.ThenByDescending(r => r.Score),
            "delta" => unrankedLast.ThenBy(r => r.ScoreDelta is null).ThenBy(r => r.ScoreDelta),
            "-delta" => unrankedLast.ThenBy(r => r.ScoreDelta is null).ThenByDescending(r => r.ScoreDelta),
            _ => unrankedLast.ThenBy(r => r.Rank),
        };
        return sorted.ThenBy(r => r.ProvinceNameVi, VietnameseText.Order);
    }
}
