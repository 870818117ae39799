using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Plans;

namespace PapiTracker.Application.ActionItems;

internal static class ActionItemReader
{
    /// <summary>Deadlines are days in the province (<see cref="VietnamTime"/>).</summary>
    public static DateOnly Today(TimeProvider clock) => VietnamTime.Today(clock.GetUtcNow());

    /// <summary><see cref="ActionItem.DeadlineOn"/> as a filter the database evaluates.</summary>
    public static Expression<Func<ActionItem, bool>> InDeadlineState(DeadlineState state, DateOnly today) => state switch
    {
        DeadlineState.WithinDeadline => a => !a.Recurring && a.DueDate != null && a.Status != ActionStatus.Completed && a.DueDate >= today,
        DeadlineState.Overdue => a => !a.Recurring && a.DueDate != null && a.Status != ActionStatus.Completed && a.DueDate < today,
        DeadlineState.CompletedOnTime => a => !a.Recurring && a.DueDate != null && a.Status == ActionStatus.Completed && a.CompletedOn <= a.DueDate,
        _ => a => !a.Recurring && a.DueDate != null && a.Status == ActionStatus.Completed && a.CompletedOn > a.DueDate,
    };

    /// <summary>Unit names for a page of items in one query.</summary>
    public static async Task<List<ActionItemDto>> ToDtosAsync(IApplicationDbContext db, IReadOnlyList<ActionItem> items, DateOnly today, CancellationToken ct)
    {
        var unitIds = items.SelectMany(a => a.Units).Select(u => u.UnitId).Distinct().ToList();
        var names = await db.OrgUnits.Where(u => unitIds.Contains(u.Id)).Select(u => new { u.Id, u.NameVi, u.NameEn })
            .ToDictionaryAsync(u => u.Id, u => (u.NameVi, u.NameEn), ct);
        return items.Select(a => new ActionItemDto(
            a.Id, a.PlanId, a.Code, a.Kind, a.Dimensions, a.SubDimensions, a.TextVi, a.TextEn, a.StartDate, a.DueDate, a.Recurring, a.ReviewCadence,
            a.Status, a.CompletedOn, a.DeadlineOn(today),
            a.Units.OrderBy(u => u.Role).ThenBy(u => names[u.UnitId].NameVi)
                .Select(u => new ActionUnitDto(u.UnitId, names[u.UnitId].NameVi, names[u.UnitId].NameEn, u.Role)).ToList())).ToList();
    }
}
