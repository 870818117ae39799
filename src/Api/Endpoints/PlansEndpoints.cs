using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PapiTracker.Application.ActionItems;
using PapiTracker.Application.ActionItems.Commands.CreateActionItem;
using PapiTracker.Application.Plans.Commands.ChangePlanStatus;
using PapiTracker.Application.Plans.Commands.CreatePlan;
using PapiTracker.Application.ActionItems.Queries.GetActionItems;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Plans.Queries.GetCoverage;
using PapiTracker.Application.Plans.Queries.GetPlanOverview;
using PapiTracker.Application.Plans.Queries.GetEffect;
using PapiTracker.Application.Plans.Queries.GetPlan;
using PapiTracker.Application.Plans.Queries.GetPlans;
using PapiTracker.Application.Plans.Queries.GetRankCalculator;
using PapiTracker.Domain.Plans;
using PapiTracker.Application.Plans;

namespace PapiTracker.Api.Endpoints;

internal static class PlansEndpoints
{
    public static void MapPlansEndpoints(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/plans").WithTags("Plans and actions");

        plans.MapGet("/", GetPlans)
            .WithName(nameof(GetPlans))
            .WithSummary("The plans of your province (everyone in a province reads its plans).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        plans.MapPost("/", CreatePlan)
            .WithName(nameof(CreatePlan))
            .WithSummary("Record a province's plan with its targets (the province's coordinator).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        plans.MapPost("/{id:int}/actions", CreateActionItem)
            .WithName(nameof(CreateActionItem))
            .WithSummary("Add an action item: dimension, sub-dimensions of the baseline's framework version, dates, lead (in your scope) and coordinating units.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        plans.MapPost("/{id:int}/status", ChangePlanStatus)
            .WithName(nameof(ChangePlanStatus))
            .WithSummary("Put a plan in force or close it (a closed plan does not reopen).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        plans.MapGet("/{id:int}", GetPlan)
            .WithName(nameof(GetPlan))
            .WithSummary("A plan with its targets and their progress, derived from every release since the baseline.")
            .WithUnroundedScores()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        plans.MapGet("/{id:int}/actions", GetActionItems)
            .WithName(nameof(GetActionItems))
            .WithSummary("A plan's action items: filter by dimension, subDimension, leadUnitId, coordinatingUnitId, status, deadlineState, kind, search; mine=true for your units'; sort code, due or status (- to reverse).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        plans.MapGet("/{id:int}/overview", GetPlanOverview)
            .WithName(nameof(GetPlanOverview))
            .WithSummary("Where the plan stands today: actions by status and by dimension, overdue actions, and the current period's reporting completeness (as you see it).")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        plans.MapGet("/{id:int}/coverage", GetCoverage)
            .WithName(nameof(GetCoverage))
            .WithSummary("Gap analysis: every baseline sub-dimension with score, change, group and the number of actions targeting it; gaps flagged.")
            .WithUnroundedScores()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        plans.MapGet("/{id:int}/rank-calculator", GetRankCalculator)
            .WithName(nameof(GetRankCalculator))
            .WithSummary("Target-rank calculator (a planning aid): the total that reached rank K, the gaps to it and to the best, and a sensitivity.")
            .WithUnroundedScores()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        plans.MapGet("/{id:int}/effect", GetEffect)
            .WithName(nameof(GetEffect))
            .WithSummary("Effect view: each sub-dimension's change from the baseline to a later release (latest by default) beside the actions that targeted it.")
            .WithUnroundedScores()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Created<PlanSummaryDto>> CreatePlan(CreatePlanCommand command, ISender sender, CancellationToken ct)
    {
        var plan = await sender.Send(command, ct);
        return TypedResults.Created($"/api/v1/plans/{plan.Id}", plan);
    }

    private static async Task<NoContent> ChangePlanStatus(int id, PlanStatusChange change, ISender sender, CancellationToken ct)
    {
        await sender.Send(new ChangePlanStatusCommand(id, change.Status), ct);
        return TypedResults.NoContent();
    }

    internal sealed record PlanStatusChange(PlanStatus Status);

    private static async Task<Created<ActionItemDto>> CreateActionItem(int id, NewActionItem item, ISender sender, CancellationToken ct)
    {
        var created = await sender.Send(new CreateActionItemCommand(id, item.Code, item.Dimension, item.SubDimensions, item.TextVi, item.TextEn,
            item.StartDate, item.DueDate, item.Recurring, item.ReviewCadence, item.LeadUnitIds, item.CoordinatingUnitIds ?? []), ct);
        return TypedResults.Created($"/api/v1/action-items/{created.Id}", created);
    }

    /// <summary>The body of a new action: the plan comes from the route.</summary>
    internal sealed record NewActionItem(
        string Code, string Dimension, IReadOnlyList<string> SubDimensions, string TextVi, string? TextEn, DateOnly? StartDate, DateOnly? DueDate,
        bool Recurring, ReviewCadence? ReviewCadence, IReadOnlyList<int> LeadUnitIds, IReadOnlyList<int>? CoordinatingUnitIds);

    private static async Task<Ok<PagedList<PlanSummaryDto>>> GetPlans(
        ISender sender, CancellationToken ct, int page = 1, int pageSize = PagedList<object>.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new GetPlansQuery(page, pageSize), ct));

    private static async Task<Ok<PlanDto>> GetPlan(int id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetPlanQuery(id), ct));

    private static async Task<Ok<PagedList<ActionItemDto>>> GetActionItems(
        int id, ISender sender, CancellationToken ct, string? dimension = null, string? subDimension = null, int? leadUnitId = null,
        int? coordinatingUnitId = null, ActionStatus? status = null, DeadlineState? deadlineState = null, ActionKind? kind = null,
        string? search = null, bool mine = false, string sort = "code", int page = 1, int pageSize = PagedList<object>.DefaultPageSize,
        DateTimeOffset? updatedSince = null) =>
        TypedResults.Ok(await sender.Send(new GetActionItemsQuery(
            id, dimension, subDimension, leadUnitId, coordinatingUnitId, status, deadlineState, kind, search, mine, sort, page, pageSize, updatedSince), ct));

    private static async Task<Ok<PlanOverviewDto>> GetPlanOverview(int id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetPlanOverviewQuery(id), ct));

    /// <param name="framework">One of the plan's indices (PAPI, PCI); the plan's lead index by default.</param>
    private static async Task<Ok<CoverageDto>> GetCoverage(int id, ISender sender, CancellationToken ct, string? framework = null) =>
        TypedResults.Ok(await sender.Send(new GetCoverageQuery(id, framework), ct));

    /// <param name="year">Survey year of the later release; the latest by default.</param>
    /// <param name="framework">One of the plan's indices (PAPI, PCI); the plan's lead index by default.</param>
    private static async Task<Ok<EffectDto>> GetEffect(int id, ISender sender, CancellationToken ct, int? year = null, string? framework = null) =>
        TypedResults.Ok(await sender.Send(new GetEffectQuery(id, year, framework), ct));

    /// <param name="rank">The rank K to reach.</param>
    /// <param name="year">Survey year of the release to compute from; the latest by default.</param>
    /// <param name="framework">One of the plan's indices (PAPI, PCI); the plan's lead index by default.</param>
    private static async Task<Ok<RankCalculatorDto>> GetRankCalculator(int id, int rank, ISender sender, CancellationToken ct, int? year = null, string? framework = null) =>
        TypedResults.Ok(await sender.Send(new GetRankCalculatorQuery(id, rank, year, framework), ct));
}
