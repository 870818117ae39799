using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Caching;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Scores;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Frameworks;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Plans;
using PapiTracker.Domain.Scores;

namespace PapiTracker.Application.Plans.Queries.GetPlan;

/// <summary>
/// A plan with its targets and, for each, how the province stood in the baseline and every later release.
/// A merged province (the 34 of 2025-07-01) planning on a year before it existed has an estimated baseline
/// (labelled, ranked among the units of its first day) and each predecessor's official value beside it; a
/// target is judged only on a release that scored the province itself (a release of the 34).
/// </summary>
[RequiresPermission(Permission.ReadPlans)]
[CachedUntilChanged(typeof(Plan), typeof(PlanTarget), typeof(ScoreRelease), typeof(ReleaseEntry), typeof(ProvinceScore), typeof(IndexFramework), typeof(OrgUnit), typeof(PopulationFigure))]
public sealed record GetPlanQuery(int Id) : IQuery<PlanDto>;

public sealed record PlanDto(
    int Id, int ProvinceId, string ProvinceNameVi, string Framework, string TitleVi, string? TitleEn, string IssuerVi, string? IssuerEn,
    string? DocumentNumber, DateOnly? IssuedOn, int BaselineYear, int TargetYear, PlanStatus Status, IReadOnlyList<TargetProgressDto> Targets,
    EstimateDto? BaselineEstimate);

/// <summary>Progress is derived from the releases, never typed in: null values are years the province was not scored.</summary>
public sealed record TargetProgressDto(
    TargetKind Kind, string? Code, decimal Value, bool LowerIsBetter, string? NoteVi, string? NoteEn,
    TargetYearValueDto? Baseline, IReadOnlyList<PredecessorValueDto> PredecessorBaselines, IReadOnlyList<TargetYearValueDto> Since, bool? MetInTargetYear);

/// <summary>A year's value; <c>Estimated</c> values (a merged province before it was scored) are never judged met or not.</summary>
public sealed record TargetYearValueDto(int SurveyYear, decimal? Value, bool? Met, bool Estimated);

/// <summary>A predecessor's official value in the baseline year (its rank among the 63, its own score).</summary>
public sealed record PredecessorValueDto(int ProvinceId, string NameVi, decimal? Value);

public sealed class GetPlanQueryHandler(IApplicationDbContext db, AccessControl access, StandingsReader standings) : IQueryHandler<GetPlanQuery, PlanDto>
{
    public async ValueTask<PlanDto> Handle(GetPlanQuery query, CancellationToken cancellationToken)
    {
        var plan = await db.VisiblePlanAsync(access, query.Id, cancellationToken);
        var province = await db.OrgUnits.AsNoTracking().Where(u => u.Id == plan.ProvinceId).Select(u => u.NameVi).SingleAsync(cancellationToken);
        var framework = await standings.FrameworkAsync(plan.Framework, cancellationToken);
        var releases = await standings.ReleasesForAsync(plan.ProvinceId, framework, plan.BaselineYear, int.MaxValue, cancellationToken);
        var baseline = releases.GetValueOrDefault(plan.BaselineYear);
        var predecessors = baseline?.Estimate is { } estimate
            ? await standings.NamesAsync(estimate.ScoredPredecessorIds.Concat(estimate.UnscoredPredecessorIds), cancellationToken)
            : [];
        var officialBaseline = predecessors.Count > 0
            ? (await standings.ReleasesAsync(framework, plan.BaselineYear, plan.BaselineYear, cancellationToken)).GetValueOrDefault(plan.BaselineYear)
            : null;

        var targets = plan.Targets.Select(target =>
        {
            TargetYearValueDto? At(UnitRelease? release)
            {
                if (release is null)
                    return null;
                var achieved = Achieved(target, release.Standings.For(plan.ProvinceId));
                var estimated = release.Estimate is not null;
                return new TargetYearValueDto(release.Standings.SurveyYear, achieved, estimated ? null : target.IsMetBy(achieved), estimated);
            }
            var since = releases.Values.Where(r => r.Standings.SurveyYear > plan.BaselineYear).Select(r => At(r)!).ToList();
            var predecessorBaselines = predecessors.Values
                .Select(p => new PredecessorValueDto(p.ProvinceId, p.NameVi, Achieved(target, officialBaseline?.For(p.ProvinceId))))
                .ToList();
            return new TargetProgressDto(target.Kind, target.Code, target.Value, target.LowerIsBetter, target.NoteVi, target.NoteEn,
                At(baseline), predecessorBaselines, since, since.SingleOrDefault(s => s.SurveyYear == plan.TargetYear)?.Met);
        }).ToList();

        return new PlanDto(plan.Id, plan.ProvinceId, province, plan.Framework, plan.TitleVi, plan.TitleEn, plan.IssuerVi, plan.IssuerEn,
            plan.DocumentNumber, plan.IssuedOn, plan.BaselineYear, plan.TargetYear, plan.Status, targets,
            await standings.DescribeAsync(baseline?.Estimate, cancellationToken));
    }

    private static decimal? Achieved(PlanTarget target, ProvinceStanding? standing) => standing is null ? null : target.Kind switch
    {
        TargetKind.TotalRank => standing.Total.Rank,
        TargetKind.TotalScore => standing.Total.Score,
        TargetKind.DimensionScore => standing.Dimension(target.Code!)?.Placing.Score,
        _ => standing.Dimensions.SelectMany(d => d.SubDimensions).SingleOrDefault(s => s.SubDimension.Code == target.Code)?.Value,
    };
}
