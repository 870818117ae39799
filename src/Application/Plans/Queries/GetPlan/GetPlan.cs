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
/// A plan with its indices and targets and, for each target, how the province stood in its index's
/// baseline and every later release of that index.
/// A merged province (the 34 of 2025-07-01) planning on a year before it existed has an estimated baseline
/// (labelled, ranked among the units of its first day) and each predecessor's official value beside it; a
/// target is judged only on a release that scored the province itself (a release of the 34).
/// </summary>
[RequiresPermission(Permission.ReadPlans)]
[CachedUntilChanged(typeof(Plan), typeof(PlanIndex), typeof(PlanTarget), typeof(ScoreRelease), typeof(ReleaseEntry), typeof(ProvinceScore), typeof(IndexFramework), typeof(OrgUnit), typeof(PopulationFigure))]
public sealed record GetPlanQuery(int Id) : IQuery<PlanDto>;

public sealed record PlanDto(
    int Id, int ProvinceId, string ProvinceNameVi, string Framework, string TitleVi, string? TitleEn, string IssuerVi, string? IssuerEn,
    string? DocumentNumber, DateOnly? IssuedOn, int BaselineYear, int TargetYear, PlanStatus Status, IReadOnlyList<TargetProgressDto> Targets,
    EstimateDto? BaselineEstimate, IReadOnlyList<PlanIndexDto> Indices);

/// <summary>An index the plan answers (the lead one first), from its own baseline; <c>BaselineEstimate</c> when the province's baseline there is estimated.</summary>
public sealed record PlanIndexDto(string Framework, string NameVi, string NameEn, int BaselineYear, EstimateDto? BaselineEstimate);

/// <summary>Progress is derived from the releases, never typed in: null values are years the province was not scored.</summary>
public sealed record TargetProgressDto(
    string Framework, TargetKind Kind, string? Code, decimal Value, bool LowerIsBetter, string? NoteVi, string? NoteEn,
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
        var indices = new List<PlanIndexDto>();
        var targets = new List<(int Id, TargetProgressDto Progress)>();
        foreach (var index in plan.Indices.OrderBy(i => i.Position))
        {
            var (dto, progress) = await IndexAsync(plan, index, cancellationToken);
            indices.Add(dto);
            targets.AddRange(progress);
        }
        // Targets in the order the plan set them, whatever their index.
        var order = plan.Targets.Select((t, i) => (t.Id, i)).ToDictionary(x => x.Id, x => x.i);
        return new PlanDto(plan.Id, plan.ProvinceId, province, plan.Framework, plan.TitleVi, plan.TitleEn, plan.IssuerVi, plan.IssuerEn,
            plan.DocumentNumber, plan.IssuedOn, plan.BaselineYear, plan.TargetYear, plan.Status,
            targets.OrderBy(t => order[t.Id]).Select(t => t.Progress).ToList(), indices[0].BaselineEstimate, indices);
    }

    /// <summary>One index of the plan and the progress of the targets set on it.</summary>
    private async Task<(PlanIndexDto Index, List<(int Id, TargetProgressDto Progress)> Targets)> IndexAsync(Plan plan, PlanIndex index, CancellationToken cancellationToken)
    {
        var framework = await standings.FrameworkAsync(index.Framework, cancellationToken);
        var releases = await standings.ReleasesForAsync(plan.ProvinceId, framework, index.BaselineYear, int.MaxValue, cancellationToken);
        var baseline = releases.GetValueOrDefault(index.BaselineYear);
        var predecessors = baseline?.Estimate is { } estimate
            ? await standings.NamesAsync(estimate.ScoredPredecessorIds.Concat(estimate.UnscoredPredecessorIds), cancellationToken)
            : [];
        var officialBaseline = predecessors.Count > 0
            ? (await standings.ReleasesAsync(framework, index.BaselineYear, index.BaselineYear, cancellationToken)).GetValueOrDefault(index.BaselineYear)
            : null;

        var targets = plan.Targets.Where(t => t.Framework == index.Framework).Select(target =>
        {
            TargetYearValueDto? At(UnitRelease? release)
            {
                if (release is null)
                    return null;
                var achieved = Achieved(target, release.Standings.For(plan.ProvinceId));
                var estimated = release.Estimate is not null;
                return new TargetYearValueDto(release.Standings.SurveyYear, achieved, estimated ? null : target.IsMetBy(achieved), estimated);
            }
            var since = releases.Values.Where(r => r.Standings.SurveyYear > index.BaselineYear).Select(r => At(r)!).ToList();
            var predecessorBaselines = predecessors.Values
                .Select(p => new PredecessorValueDto(p.ProvinceId, p.NameVi, Achieved(target, officialBaseline?.For(p.ProvinceId))))
                .ToList();
            return (target.Id, new TargetProgressDto(target.Framework, target.Kind, target.Code, target.Value, target.LowerIsBetter, target.NoteVi, target.NoteEn,
                At(baseline), predecessorBaselines, since, since.SingleOrDefault(s => s.SurveyYear == plan.TargetYear)?.Met));
        }).ToList();
        return (new PlanIndexDto(framework.Code, framework.NameVi, framework.NameEn, index.BaselineYear,
            await standings.DescribeAsync(baseline?.Estimate, cancellationToken)), targets);
    }

    private static decimal? Achieved(PlanTarget target, ProvinceStanding? standing) => standing is null ? null : target.Kind switch
    {
        TargetKind.TotalRank => standing.Total.Rank,
        TargetKind.TotalScore => standing.Total.Score,
        TargetKind.DimensionScore => standing.Dimension(target.Code!)?.Placing.Score,
        _ => standing.Dimensions.SelectMany(d => d.SubDimensions).SingleOrDefault(s => s.SubDimension.Code == target.Code)?.Value,
    };
}
