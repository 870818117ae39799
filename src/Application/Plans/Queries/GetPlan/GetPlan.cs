using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Caching;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Scores;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Frameworks;
using PapiTracker.Domain.Plans;
using PapiTracker.Domain.Scores;

namespace PapiTracker.Application.Plans.Queries.GetPlan;

/// <summary>A plan with its targets and, for each, how the province stood in the baseline and every later release.</summary>
[RequiresPermission(Permission.ReadPlans)]
[CachedUntilChanged(typeof(Plan), typeof(PlanTarget), typeof(ScoreRelease), typeof(ReleaseEntry), typeof(ProvinceScore), typeof(IndexFramework))]
public sealed record GetPlanQuery(int Id) : IQuery<PlanDto>;

public sealed record PlanDto(
    int Id, int ProvinceId, string ProvinceNameVi, string Framework, string TitleVi, string? TitleEn, string IssuerVi, string? IssuerEn,
    string? DocumentNumber, DateOnly? IssuedOn, int BaselineYear, int TargetYear, PlanStatus Status, IReadOnlyList<TargetProgressDto> Targets);

/// <summary>Progress is derived from the releases, never typed in: null values are years the province was not scored.</summary>
public sealed record TargetProgressDto(
    TargetKind Kind, string? Code, decimal Value, bool LowerIsBetter, string? NoteVi, string? NoteEn,
    TargetYearValueDto? Baseline, IReadOnlyList<TargetYearValueDto> Since, bool? MetInTargetYear);

public sealed record TargetYearValueDto(int SurveyYear, decimal? Value, bool? Met);

public sealed class GetPlanQueryHandler(IApplicationDbContext db, AccessControl access, StandingsReader standings) : IQueryHandler<GetPlanQuery, PlanDto>
{
    public async ValueTask<PlanDto> Handle(GetPlanQuery query, CancellationToken cancellationToken)
    {
        var plan = await db.VisiblePlanAsync(access, query.Id, cancellationToken);
        var province = await db.OrgUnits.AsNoTracking().Where(u => u.Id == plan.ProvinceId).Select(u => u.NameVi).SingleAsync(cancellationToken);
        var framework = await standings.FrameworkAsync(plan.Framework, cancellationToken);
        var releases = await standings.ReleasesAsync(framework, plan.BaselineYear, int.MaxValue, cancellationToken);

        var targets = plan.Targets.Select(target =>
        {
            TargetYearValueDto? At(ReleaseStandings? release) => release is null
                ? null
                : new TargetYearValueDto(release.SurveyYear, Achieved(target, release.For(plan.ProvinceId)), target.IsMetBy(Achieved(target, release.For(plan.ProvinceId))));
            var since = releases.Values.Where(r => r.SurveyYear > plan.BaselineYear).Select(r => At(r)!).ToList();
            return new TargetProgressDto(target.Kind, target.Code, target.Value, target.LowerIsBetter, target.NoteVi, target.NoteEn,
                At(releases.GetValueOrDefault(plan.BaselineYear)), since, since.SingleOrDefault(s => s.SurveyYear == plan.TargetYear)?.Met);
        }).ToList();

        return new PlanDto(plan.Id, plan.ProvinceId, province, plan.Framework, plan.TitleVi, plan.TitleEn, plan.IssuerVi, plan.IssuerEn,
            plan.DocumentNumber, plan.IssuedOn, plan.BaselineYear, plan.TargetYear, plan.Status, targets);
    }

    private static decimal? Achieved(PlanTarget target, ProvinceStanding? standing) => standing is null ? null : target.Kind switch
    {
        TargetKind.TotalRank => standing.Total.Rank,
        TargetKind.TotalScore => standing.Total.Score,
        TargetKind.DimensionScore => standing.Dimension(target.Code!)?.Placing.Score,
        _ => standing.Dimensions.SelectMany(d => d.SubDimensions).SingleOrDefault(s => s.SubDimension.Code == target.Code)?.Value,
    };
}
