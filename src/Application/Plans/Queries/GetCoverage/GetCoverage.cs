using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Caching;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Scores;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Frameworks;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Plans;
using PapiTracker.Domain.Scores;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Plans.Queries.GetCoverage;

/// <summary>
/// Gap analysis, coverage, for one of the plan's indices: every sub-dimension of its baseline with the province's score, its
/// change, rank and group, and how many of the plan's actions target it. A sub-dimension that fell or
/// sits in the bottom two groups with no action is flagged as a gap. A merged province reads its estimated
/// baseline, ranked and grouped among the units of its first day (<c>Estimate</c> says so).
/// </summary>
/// <param name="Framework">One of the plan's indices; its lead index when null.</param>
[RequiresPermission(Permission.ReadPlans)]
[CachedUntilChanged(typeof(Plan), typeof(PlanIndex), typeof(PlanTarget), typeof(ActionItem), typeof(IndexFramework), typeof(ScoreRelease), typeof(ReleaseEntry), typeof(ProvinceScore), typeof(OrgUnit), typeof(PopulationFigure))]
public sealed record GetCoverageQuery(int PlanId, string? Framework = null) : IQuery<CoverageDto>;

public sealed class GetCoverageQueryValidator : AbstractValidator<GetCoverageQuery>
{
    public GetCoverageQueryValidator() => RuleFor(q => q.Framework).MaximumLength(FrameworkLimits.CodeMaxLength);
}

public sealed record CoverageDto(int PlanId, string Framework, int BaselineYear, string FrameworkVersion, IReadOnlyList<CoverageRowDto> SubDimensions, EstimateDto? Estimate);

public sealed record CoverageRowDto(
    string DimensionCode, string Code, string NameVi, string NameEn, decimal? Score, decimal? Delta, ChangeUnavailableReason? ChangeUnavailableBecause,
    int? Rank, int RankedOf, PerformanceGroup? Group, int Actions, bool Declined, bool InBottomGroups, bool IsGap);

public sealed class GetCoverageQueryHandler(IApplicationDbContext db, AccessControl access, StandingsReader standings) : IQueryHandler<GetCoverageQuery, CoverageDto>
{
    public async ValueTask<CoverageDto> Handle(GetCoverageQuery query, CancellationToken cancellationToken)
    {
        var plan = await db.VisiblePlanAsync(access, query.PlanId, cancellationToken);
        var index = plan.IndexFor(query.Framework);
        var framework = await standings.FrameworkAsync(index.Framework, cancellationToken);
        var releases = await standings.ReleasesForAsync(plan.ProvinceId, framework, index.BaselineYear - 1, index.BaselineYear, cancellationToken);
        var (baseline, estimate) = releases.GetValueOrDefault(index.BaselineYear)
            ?? throw new NotFoundException(Messages.Resources.ScoreRelease, $"{index.Framework} {index.BaselineYear}");
        var province = baseline.For(plan.ProvinceId)
            ?? throw new NotFoundException(Messages.Resources.BaselineResult, index.BaselineYear);
        var change = new YearOnYear(baseline, releases.GetValueOrDefault(plan.BaselineYear - 1)?.Standings);

        var targeted = (await db.ActionItems.AsNoTracking()
                .Where(a => a.PlanId == plan.Id && a.Kind == ActionKind.Action)
                .Select(a => a.SubDimensions)
                .ToListAsync(cancellationToken))
            .SelectMany(references => references.CodesIn(plan, index))
            .CountBy(code => code)
            .ToDictionary(c => c.Key, c => c.Value);

        var rows = province.Dimensions.SelectMany(d => d.SubDimensions.Select(s =>
        {
            var delta = change.SubDimension(province, s);
            var actions = targeted.GetValueOrDefault(s.SubDimension.Code);
            var declined = delta.Delta < 0;
            var bottom = s.Placing.Group is PerformanceGroup.LowAverage or PerformanceGroup.Poor;
            return new CoverageRowDto(d.Dimension.Code, s.SubDimension.Code, s.SubDimension.NameVi, s.SubDimension.NameEn, s.Value,
                delta.Delta, delta.UnavailableBecause, s.Placing.Rank, s.Placing.RankedOf, s.Placing.Group, actions,
                declined, bottom, (declined || bottom) && actions == 0);
        })).ToList();
        return new CoverageDto(plan.Id, framework.Code, index.BaselineYear, baseline.Version.Code, rows, await standings.DescribeAsync(estimate, cancellationToken));
    }
}
