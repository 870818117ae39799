using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Plans;
using PapiTracker.Application.Common.Validation;

namespace PapiTracker.Application.ActionItems.Queries.GetActionItems;

/// <summary>
/// A plan's action items with filters (dimension, sub-dimension, lead or coordinating unit, status,
/// deadline state, kind, text regardless of accents and case) and paging; <c>mine</c> keeps those the
/// caller's own units lead or support.
/// </summary>
[RequiresPermission(Permission.ReadPlans)]
public sealed record GetActionItemsQuery(
    int PlanId,
    string? Dimension = null,
    string? SubDimension = null,
    int? LeadUnitId = null,
    int? CoordinatingUnitId = null,
    ActionStatus? Status = null,
    DeadlineState? DeadlineState = null,
    ActionKind? Kind = null,
    string? Search = null,
    bool Mine = false,
    string Sort = "code",
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize,
    DateTimeOffset? UpdatedSince = null) : IQuery<PagedList<ActionItemDto>>
{
    public static readonly string[] SortKeys = ["code", "-code", "due", "-due", "status", "-status"];
}

public sealed class GetActionItemsQueryValidator : AbstractValidator<GetActionItemsQuery>
{
    public GetActionItemsQueryValidator()
    {
        RuleFor(q => q.Dimension).MaximumLength(ComponentRef.MaxLength);
        RuleFor(q => q.SubDimension).MaximumLength(ComponentRef.MaxLength);
        RuleFor(q => q.Search).MaximumLength(200);
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.DeadlineState).IsInEnum();
        RuleFor(q => q.Kind).IsInEnum();
        RuleFor(q => q.Sort).Must(s => GetActionItemsQuery.SortKeys.Contains(s))
            .WithText(Messages.SortBy(string.Join(", ", GetActionItemsQuery.SortKeys)));
        this.ValidPage(q => q.Page, q => q.PageSize);
    }
}

public sealed class GetActionItemsQueryHandler(IApplicationDbContext db, AccessControl access, TimeProvider clock)
    : IQueryHandler<GetActionItemsQuery, PagedList<ActionItemDto>>
{
    public async ValueTask<PagedList<ActionItemDto>> Handle(GetActionItemsQuery query, CancellationToken cancellationToken)
    {
        await db.EnsurePlanVisibleAsync(access, query.PlanId, cancellationToken);
        var today = ActionItemReader.Today(clock);
        var items = db.ActionItems.AsNoTracking().Where(a => a.PlanId == query.PlanId).ChangedSince(query.UpdatedSince);

        if (query.Dimension is not null) items = items.Where(a => a.Dimensions.Contains(query.Dimension));
        if (query.SubDimension is not null) items = items.Where(a => a.SubDimensions.Contains(query.SubDimension));
        if (query.LeadUnitId is { } lead) items = items.Where(a => a.Units.Any(u => u.UnitId == lead && u.Role == ActionUnitRole.Lead));
        if (query.CoordinatingUnitId is { } coordinating) items = items.Where(a => a.Units.Any(u => u.UnitId == coordinating && u.Role == ActionUnitRole.Coordinating));
        if (query.Status is { } status) items = items.Where(a => a.Status == status);
        if (query.Kind is { } kind) items = items.Where(a => a.Kind == kind);
        if (query.DeadlineState is { } state) items = items.Where(ActionItemReader.InDeadlineState(state, today));
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var folded = VietnameseText.Fold(query.Search);
            items = items.Where(a => a.SearchKey.Contains(folded));
        }
        if (query.Mine)
        {
            var scope = await access.ScopeAsync(Permission.ReadPlans, cancellationToken);
            var ownUnits = db.OrgUnits.Within(scope).Select(u => u.Id);
            items = items.Where(a => a.Units.Any(u => ownUnits.Contains(u.UnitId)));
        }

        var total = await items.CountAsync(cancellationToken);
        var sorted = query.Sort switch
        {
            "-code" => items.OrderBy(a => a.Kind).ThenByDescending(a => a.Code),
            "due" => items.OrderBy(a => a.DueDate == null).ThenBy(a => a.DueDate).ThenBy(a => a.Code),
            "-due" => items.OrderBy(a => a.DueDate == null).ThenByDescending(a => a.DueDate).ThenBy(a => a.Code),
            "status" => items.OrderBy(a => a.Status).ThenBy(a => a.Code),
            "-status" => items.OrderByDescending(a => a.Status).ThenBy(a => a.Code),
            _ => items.OrderBy(a => a.Kind).ThenBy(a => a.Code),
        };
        var page = await sorted
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Include(a => a.Units)
            .ToListAsync(cancellationToken);
        return new PagedList<ActionItemDto>(await ActionItemReader.ToDtosAsync(db, page, today, cancellationToken), query.Page, query.PageSize, total);
    }
}
