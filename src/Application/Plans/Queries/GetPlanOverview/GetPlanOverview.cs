using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Caching;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Reporting;
using PapiTracker.Application.Scores;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Frameworks;
using PapiTracker.Domain.Plans;
using PapiTracker.Domain.Reporting;

namespace PapiTracker.Application.Plans.Queries.GetPlanOverview;

/// <summary>
/// Where a plan stands today: every index it answers (with its baseline, its targets and the actions that
/// work on it), its actions by status and by dimension, how many are overdue, and the reporting
/// completeness of the current period (the next one due, or the last one) as the caller sees it.
/// </summary>
[RequiresPermission(Permission.ReadPlans)]
[CachedUntilChanged(typeof(Plan), typeof(PlanIndex), typeof(PlanTarget), typeof(ActionItem), typeof(IndexFramework), typeof(ReportingPeriod), typeof(ReportObligation), typeof(ReportSubmission))]
public sealed record GetPlanOverviewQuery(int PlanId) : IQuery<PlanOverviewDto>;

public sealed record PlanOverviewDto(
    int PlanId, DateOnly Today, int Actions, int Overdue, IReadOnlyList<StatusCountDto> ByStatus, IReadOnlyList<DimensionActionsDto> ByDimension,
    PeriodCompletenessDto? CurrentPeriod, IReadOnlyList<PlanIndexOverviewDto> Indices);

/// <summary>
/// An index of the plan (the lead one first): its baseline year, the targets set on it and the actions
/// (of kind action) that name one of its dimensions or components.
/// </summary>
public sealed record PlanIndexOverviewDto(string Framework, string NameVi, string NameEn, int BaselineYear, int Targets, int Actions);

public sealed record StatusCountDto(ActionStatus Status, int Count);

/// <summary>The actions that work on one dimension; an action on several dimensions counts in each.</summary>
public sealed record DimensionActionsDto(string Dimension, int Total, int NotStarted, int InProgress, int Completed, int Paused, int Overdue);

public sealed record PeriodCompletenessDto(ReportingPeriodDto Period, ReportCounts Counts);

public sealed class GetPlanOverviewQueryHandler(IApplicationDbContext db, AccessControl access, TimeProvider clock, StandingsReader standings)
    : IQueryHandler<GetPlanOverviewQuery, PlanOverviewDto>
{
    public async ValueTask<PlanOverviewDto> Handle(GetPlanOverviewQuery query, CancellationToken cancellationToken)
    {
        var plan = await db.VisiblePlanAsync(access, query.PlanId, cancellationToken);
        var today = VietnamTime.Today(clock.GetUtcNow());
        var actions = await db.ActionItems.AsNoTracking().Where(a => a.PlanId == plan.Id).ToListAsync(cancellationToken);
        bool IsOverdue(ActionItem a) => a.DeadlineOn(today) == DeadlineState.Overdue;

        var byStatus = Enum.GetValues<ActionStatus>().Select(status => new StatusCountDto(status, actions.Count(a => a.Status == status))).ToList();
        var byDimension = actions
            .SelectMany(a => a.Dimensions.Select(d => (Dimension: d, Action: a)))
            .GroupBy(x => x.Dimension, x => x.Action)
            .OrderBy(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DimensionActionsDto(g.Key, g.Count(), g.Count(a => a.Status == ActionStatus.NotStarted), g.Count(a => a.Status == ActionStatus.InProgress),
                g.Count(a => a.Status == ActionStatus.Completed), g.Count(a => a.Status == ActionStatus.Paused), g.Count(IsOverdue)))
            .ToList();

        var indices = new List<PlanIndexOverviewDto>();
        foreach (var index in plan.Indices.OrderBy(i => i.Position))
        {
            var framework = await standings.FrameworkAsync(index.Framework, cancellationToken);
            var working = actions.Count(a => a.Kind == ActionKind.Action && a.Dimensions.Concat(a.SubDimensions).CodesIn(plan, index).Any());
            indices.Add(new PlanIndexOverviewDto(framework.Code, framework.NameVi, framework.NameEn, index.BaselineYear,
                plan.Targets.Count(t => t.Framework == index.Framework), working));
        }

        return new PlanOverviewDto(plan.Id, today, actions.Count, actions.Count(IsOverdue), byStatus, byDimension,
            await CurrentPeriodAsync(plan.Id, today, cancellationToken), indices);
    }

    private async Task<PeriodCompletenessDto?> CurrentPeriodAsync(int planId, DateOnly today, CancellationToken ct)
    {
        var periods = db.ReportingPeriods.AsNoTracking().Where(p => p.PlanId == planId);
        var period = await periods.Where(p => p.DueOn >= today).OrderBy(p => p.DueOn).FirstOrDefaultAsync(ct)
            ?? await periods.OrderByDescending(p => p.DueOn).FirstOrDefaultAsync(ct);
        if (period is null)
            return null;

        var scope = await access.ScopeAsync(Permission.ReadPlans, ct);
        var inScope = db.OrgUnits.Within(scope).Select(u => u.Id);
        var states = await db.ObligationStates(period.Id)
            .Where(s => inScope.Contains(s.UnitId) || inScope.Contains(s.RecipientId))
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        return new PeriodCompletenessDto(ReportingPeriodDto.From(period),
            ReportCounts.Of(states.Select(s => new ReportState(s.Status, s.OnTime, s.IsMissing(period, now)))));
    }
}
