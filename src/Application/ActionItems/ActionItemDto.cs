using PapiTracker.Domain.Plans;

namespace PapiTracker.Application.ActionItems;

/// <summary>An action item with its units and its deadline state today (null for recurring or undated items).</summary>
public sealed record ActionItemDto(
    int Id, int PlanId, string Code, ActionKind Kind, IReadOnlyList<string> Dimensions, IReadOnlyList<string> SubDimensions,
    string TextVi, string? TextEn, DateOnly? StartDate, DateOnly? DueDate, bool Recurring, ReviewCadence? ReviewCadence, ActionStatus Status, DateOnly? CompletedOn,
    DeadlineState? DeadlineState, IReadOnlyList<ActionUnitDto> Units);

public sealed record ActionUnitDto(int UnitId, string NameVi, string? NameEn, ActionUnitRole Role);
