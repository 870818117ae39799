using FluentValidation;
using FluentValidation.Results;
using Mediator;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Scores;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Frameworks;
using PapiTracker.Domain.Scores;
using PapiTracker.Domain.Common;
using PapiTracker.Application.Common.Validation;

namespace PapiTracker.Application.Plans.Queries.GetRankCalculator;

/// <summary>
/// Target-rank calculator, a planning aid, for one of the plan's indices: in a release (the latest by default), the total that
/// reached rank K, the plan's province's gap to it in total and per dimension (also against the best
/// province), and the total needed if every other province moves by last year's national average change.
/// For a merged province in a year before it existed, the release is estimated for the units of its
/// first day (rank among the 34, <c>Estimate</c> says so).
/// </summary>
/// <param name="Framework">One of the plan's indices; its lead index when null.</param>
[RequiresPermission(Permission.ReadPlans)]
public sealed record GetRankCalculatorQuery(int PlanId, int Rank, int? Year = null, string? Framework = null) : IQuery<RankCalculatorDto>;

public sealed record RankCalculatorDto(
    string Framework, int SurveyYear, int Rank, int RankedOf, string ProvinceAtRankVi, decimal ScoreAtRank, decimal? ProvinceScore, int? ProvinceRank,
    decimal? GapToRank, decimal? NationalAverageChange, decimal? ScoreNeededIfOthersMoveByAverage,
    IReadOnlyList<DimensionGapDto> Dimensions, string NoteVi, string NoteEn, EstimateDto? Estimate);

public sealed record DimensionGapDto(string Code, string NameVi, string NameEn, decimal? ProvinceScore, decimal? AtRank, decimal? Best, decimal? GapToRank, decimal? GapToBest);

public sealed class GetRankCalculatorQueryValidator : AbstractValidator<GetRankCalculatorQuery>
{
    public GetRankCalculatorQueryValidator()
    {
        RuleFor(q => q.Rank).InclusiveBetween(1, 100);
        RuleFor(q => q.Year).IsSurveyYear();
        RuleFor(q => q.Framework).MaximumLength(FrameworkLimits.CodeMaxLength);
    }
}

public sealed class GetRankCalculatorQueryHandler(IApplicationDbContext db, AccessControl access, StandingsReader standings)
    : IQueryHandler<GetRankCalculatorQuery, RankCalculatorDto>
{
    private const string NoteVi = "Công cụ hỗ trợ lập kế hoạch: ước tính từ kết quả đã công bố, không phải dự báo thứ hạng.";
    private const string NoteEn = "A planning aid: estimated from published results, not a forecast of the rank.";

    public async ValueTask<RankCalculatorDto> Handle(GetRankCalculatorQuery query, CancellationToken cancellationToken)
    {
        var plan = await db.VisiblePlanAsync(access, query.PlanId, cancellationToken);
        var framework = await standings.FrameworkAsync(plan.IndexFor(query.Framework).Framework, cancellationToken);
        var all = await standings.ReleasesForAsync(plan.ProvinceId, framework, int.MinValue, query.Year ?? int.MaxValue, cancellationToken);
        var (release, estimate) = (query.Year is { } year ? all.GetValueOrDefault(year) : all.Values.LastOrDefault())
            ?? throw new NotFoundException(Messages.Resources.ScoreRelease, $"{framework.Code} {query.Year}");
        var ranked = release.Provinces.Where(p => p.Total.Rank is not null).OrderBy(p => p.Total.Rank).ToList();
        if (query.Rank > ranked.Count)
            throw new ValidationException([new ValidationFailure("rank", Messages.OnlyRanked(ranked.Count, release.SurveyYear))]);

        var atRank = ranked[query.Rank - 1];
        var own = release.For(plan.ProvinceId);
        var previous = all.GetValueOrDefault(release.SurveyYear - 1)?.Standings;
        var change = new YearOnYear(release, previous);
        var changes = ranked.Select(p => change.Total(p).Delta).OfType<decimal>().ToList();
        decimal? average = changes.Count > 0 ? changes.Average() : null;
        var province = (await db.OrgUnits.FindAsync([atRank.ProvinceId], cancellationToken))!;

        var dimensions = release.Version.Dimensions.Select(d =>
        {
            var mine = own?.Dimension(d.Code)?.Placing.Score;
            var target = atRank.Dimension(d.Code)!.Placing.Score;
            var best = ranked.Select(p => p.Dimension(d.Code)!.Placing.Score).Max();
            return new DimensionGapDto(d.Code, d.NameVi, d.NameEn, mine, target, best, target - mine, best - mine);
        }).ToList();

        return new RankCalculatorDto(
            framework.Code, release.SurveyYear, query.Rank, ranked.Count, province.NameVi, atRank.Total.Score!.Value, own?.Total.Score, own?.Total.Rank,
            atRank.Total.Score - own?.Total.Score, average, atRank.Total.Score + average, dimensions, NoteVi, NoteEn,
            await standings.DescribeAsync(estimate, cancellationToken));
    }
}
