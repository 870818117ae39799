using FluentValidation;
using FluentValidation.Results;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Common.Validation;
using PapiTracker.Application.Scores;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Scores;

namespace PapiTracker.Application.ScoreReleases.Queries.GetRanking;

/// <summary>A ranking's page from derived standings, official or estimated: one line per unit, unranked units last.</summary>
internal static class RankingRows
{
    public static readonly string[] SortKeys = ["rank", "-rank", "name", "-name", "score", "-score", "delta", "-delta"];

    /// <summary>The rules every ranking request shares: a plausible survey year, a known sort, a valid page.</summary>
    public static void ValidRanking<T>(this AbstractValidator<T> validator, Func<T, int> year, Func<T, string> sort, Func<T, int> page, Func<T, int> pageSize)
    {
        validator.RuleFor(x => year(x)).IsSurveyYear().OverridePropertyName("year");
        validator.RuleFor(x => sort(x)).Must(SortKeys.Contains).OverridePropertyName("sort")
            .WithText(Messages.SortBy(string.Join(", ", SortKeys)));
        validator.ValidPage(page, pageSize);
    }

    /// <summary>The year's standings; 404 when the year has no release, 400 for a dimension its version lacks.</summary>
    public static ReleaseStandings ReleaseOf(SortedDictionary<int, ReleaseStandings> releases, int year, string framework, string? dimension)
    {
        if (!releases.TryGetValue(year, out var release))
            throw new NotFoundException(Messages.Resources.ScoreRelease, $"{framework} {year}");
        if (dimension is not null && release.Version.Dimensions.All(d => d.Code != dimension))
            throw new ValidationException([new ValidationFailure("dimension", Messages.NoDimension(release.Version.Code, dimension))]);
        return release;
    }

    public static PagedList<RankingRowDto> Page(
        ReleaseStandings release,
        ReleaseStandings? previousYear,
        string? dimension,
        IReadOnlyDictionary<int, EstimateInputDto> names,
        IReadOnlyDictionary<int, Estimate>? estimates,
        string sort,
        int page,
        int pageSize)
    {
        var change = new YearOnYear(release, previousYear);
        var rows = release.Provinces.Select(p =>
        {
            var (placing, delta) = dimension is null
                ? (p.Total, change.Total(p))
                : (p.Dimension(dimension)!.Placing, change.Dimension(p, p.Dimension(dimension)!));
            var name = names[p.ProvinceId];
            return new RankingRowDto(p.ProvinceId, name.NameVi, name.NameEn, placing.Score, placing.Rank, placing.RankedOf, placing.Group,
                delta.Delta, delta.RankChange, delta.UnavailableBecause,
                Official: estimates is null,
                estimates?.GetValueOrDefault(p.ProvinceId) is { } estimate ? EstimateDto.Of(estimate, names) : null,
                dimension is null ? p.Check : null);
        });
        return PagedList<RankingRowDto>.Of(Sorted(rows, sort).ToList(), page, pageSize);
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
