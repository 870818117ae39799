using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Scores;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Frameworks;
using PapiTracker.Domain.Plans;
using PapiTracker.Domain.Scores;
using PapiTracker.Domain.Common;
using PapiTracker.Application.Common.Validation;

namespace PapiTracker.Application.Plans.Queries.GetEffect;

/// <summary>
/// Effect view, "did our actions move the score?", for one of the plan's indices: for a release after the baseline (the latest by
/// default), each sub-dimension's change from the plan's baseline beside the actions that targeted
/// it, their status and the last progress reported. A merged province's baseline before it existed is
/// its estimate (<c>BaselineEstimate</c> says so).
/// </summary>
/// <param name="Framework">One of the plan's indices; its lead index when null.</param>
[RequiresPermission(Permission.ReadPlans)]
public sealed record GetEffectQuery(int PlanId, int? Year = null, string? Framework = null) : IQuery<EffectDto>;

public sealed record EffectDto(
    int PlanId, string Framework, int BaselineYear, int SurveyYear, string BaselineVersion, string FrameworkVersion, IReadOnlyList<EffectRowDto> SubDimensions,
    EstimateDto? BaselineEstimate);

public sealed record EffectRowDto(
    string Code, string NameVi, string NameEn, decimal? Baseline, decimal? Now, decimal? Change, ChangeUnavailableReason? ChangeUnavailableBecause,
    IReadOnlyList<TargetingActionDto> Actions, int ActionsCompleted);

public sealed record TargetingActionDto(int Id, string Code, ActionStatus Status, int? LastPercent);

public sealed class GetEffectQueryValidator : AbstractValidator<GetEffectQuery>
{
    public GetEffectQueryValidator()
    {
        RuleFor(q => q.Year).IsSurveyYear();
        RuleFor(q => q.Framework).MaximumLength(FrameworkLimits.CodeMaxLength);
    }
}

public sealed class GetEffectQueryHandler(IApplicationDbContext db, AccessControl access, StandingsReader standings) : IQueryHandler<GetEffectQuery, EffectDto>
{
    public async ValueTask<EffectDto> Handle(GetEffectQuery query, CancellationToken cancellationToken)
    {
        var plan = await db.VisiblePlanAsync(access, query.PlanId, cancellationToken);
        var index = plan.IndexFor(query.Framework);
        var framework = await standings.FrameworkAsync(index.Framework, cancellationToken);
        var releases = await standings.ReleasesForAsync(plan.ProvinceId, framework, index.BaselineYear, query.Year ?? int.MaxValue, cancellationToken);
        var (baseline, baselineEstimate) = releases.GetValueOrDefault(index.BaselineYear)
            ?? throw new NotFoundException(Messages.Resources.ScoreRelease, $"{index.Framework} {index.BaselineYear}");
        var later = (query.Year is { } year ? releases.GetValueOrDefault(year) : releases.Values.LastOrDefault(r => r.Standings.SurveyYear > index.BaselineYear))?.Standings
            ?? throw new NotFoundException(Messages.Resources.ScoreReleaseAfterBaseline, query.Year?.ToString() ?? $"> {index.BaselineYear}");
        if (later.SurveyYear <= index.BaselineYear)
            throw new NotFoundException(Messages.Resources.ScoreReleaseAfterBaseline, later.SurveyYear);

        var actions = await db.ActionItems.AsNoTracking()
            .Where(a => a.PlanId == plan.Id && a.Kind == ActionKind.Action)
            .Select(a => new { a.Id, a.Code, a.Status, a.SubDimensions })
            .ToListAsync(cancellationToken);
        var codesOf = actions.ToDictionary(a => a.Id, a => a.SubDimensions.CodesIn(plan, index).ToHashSet());
        var actionIds = actions.Select(a => a.Id).ToList();
        var lastPercent = await db.ActionProgress.AsNoTracking()
            .Where(p => actionIds.Contains(p.ActionItemId))
            .GroupBy(p => p.ActionItemId)
            .Select(g => new { ActionItemId = g.Key, g.OrderByDescending(p => p.RecordedAt).ThenByDescending(p => p.Id).First().Percent })
            .ToDictionaryAsync(p => p.ActionItemId, p => p.Percent, cancellationToken);

        var before = baseline.For(plan.ProvinceId);
        var now = later.For(plan.ProvinceId);
        var change = new YearOnYear(later, baseline);
        var rows = baseline.Version.SubDimensions.Select(sub =>
        {
            var was = before?.Dimensions.SelectMany(d => d.SubDimensions).SingleOrDefault(s => s.SubDimension.Code == sub.Code);
            var @is = now?.Dimensions.SelectMany(d => d.SubDimensions).SingleOrDefault(s => s.SubDimension.Code == sub.Code);
            var moved = now is null || @is is null
                ? ScoreChangeOf(now is null ? ChangeUnavailableReason.NotScoredThisYear : ChangeUnavailableReason.FrameworkVersionChanged)
                : change.SubDimension(now, @is);
            var targeting = actions.Where(a => codesOf[a.Id].Contains(sub.Code))
                .Select(a => new TargetingActionDto(a.Id, a.Code, a.Status, lastPercent.TryGetValue(a.Id, out var p) ? p : null))
                .ToList();
            return new EffectRowDto(sub.Code, sub.NameVi, sub.NameEn, was?.Value, @is?.Value, moved.Delta, moved.UnavailableBecause,
                targeting, targeting.Count(a => a.Status == ActionStatus.Completed));
        }).ToList();
        return new EffectDto(plan.Id, framework.Code, index.BaselineYear, later.SurveyYear, baseline.Version.Code, later.Version.Code, rows,
            await standings.DescribeAsync(baselineEstimate, cancellationToken));
    }

    private static ScoreChange ScoreChangeOf(ChangeUnavailableReason reason) => new(null, null, reason);
}
