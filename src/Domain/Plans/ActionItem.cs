using PapiTracker.Domain.Auditing;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Events;

namespace PapiTracker.Domain.Plans;

/// <summary>Chưa thực hiện, đang thực hiện, hoàn thành, tạm dừng.</summary>
public enum ActionStatus
{
    NotStarted,
    InProgress,
    Completed,
    Paused,
}

/// <summary>
/// Where an action stands against its due date: trong hạn / quá hạn while open, đúng hạn / trễ hạn
/// once completed. Recurring actions (thường xuyên) and those without a due date have none.
/// </summary>
public enum DeadlineState
{
    WithinDeadline,
    Overdue,
    CompletedOnTime,
    CompletedLate,
}

public enum ActionKind
{
    /// <summary>A task or solution of the plan's section II (nhiệm vụ, giải pháp), e.g. D1.a.</summary>
    Action,

    /// <summary>A standing duty of a unit from the plan's section IV (trách nhiệm).</summary>
    Responsibility,
}

/// <summary>How often a recurring action is reviewed.</summary>
public enum ReviewCadence
{
    Monthly,
    Quarterly,
    HalfYearly,
    Yearly,
}

public enum ActionUnitRole
{
    /// <summary>Chủ trì.</summary>
    Lead,

    /// <summary>Phối hợp.</summary>
    Coordinating,
}

/// <summary>An action item (nhiệm vụ, giải pháp) of a plan, with the units that lead it and those that help.</summary>
public sealed class ActionItem : IAudited, IRaisesEvents
{
    public const int CodeMaxLength = 20;
    public const int TextMaxLength = 4000;

    private readonly List<ActionUnit> _units = [];
    private readonly RaisedEvents _events = new();
    private string? _provincePath;

    private ActionItem() { }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public string Code { get; private set; } = "";
    public ActionKind Kind { get; private set; }

    /// <summary>
    /// Dimensions it belongs to: one for an action, several for a standing duty. Each a <see cref="ComponentRef"/>
    /// as stored: a bare code of the plan's lead index, a qualified one (<c>PCI:land_access</c>) of another.
    /// </summary>
    public List<string> Dimensions { get; private set; } = [];

    /// <summary>Sub-dimensions (components) it should move, of any of the plan's indices, as <see cref="ComponentRef"/>s are stored.</summary>
    public List<string> SubDimensions { get; private set; } = [];
    public string TextVi { get; private set; } = "";
    public string? TextEn { get; private set; }

    /// <summary>Code and both texts folded by <see cref="VietnameseText.SearchKey"/>, for accent-insensitive search.</summary>
    public string SearchKey { get; private set; } = "";
    public DateOnly? StartDate { get; private set; }
    public DateOnly? DueDate { get; private set; }

    /// <summary>Thường xuyên: no due date, reviewed at <see cref="ReviewCadence"/>.</summary>
    public bool Recurring { get; private set; }
    public ReviewCadence? ReviewCadence { get; private set; }
    public ActionStatus Status { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public uint Version { get; private set; }
    public IReadOnlyList<ActionUnit> Units => _units;

    string? IAudited.AuditUnitPath => _provincePath;

    RaisedEvents IRaisesEvents.Events => _events;

    public static ActionItem Create(
        Plan plan, string code, ActionKind kind, IEnumerable<string> dimensions, IEnumerable<string> subDimensions,
        string textVi, string? textEn, DateOnly? startDate, DateOnly? dueDate, bool recurring, ReviewCadence? reviewCadence = null)
    {
        EnsureSchedule(code, startDate, dueDate, recurring);
        var item = new ActionItem
        {
            PlanId = plan.Id,
            _provincePath = plan.ProvincePath,
            Code = code,
            Kind = kind,
            Dimensions = dimensions.Distinct().ToList(),
            SubDimensions = subDimensions.Distinct().ToList(),
            StartDate = startDate,
            DueDate = dueDate,
            Recurring = recurring,
            ReviewCadence = recurring ? reviewCadence ?? Plans.ReviewCadence.Quarterly : null,
            Status = ActionStatus.NotStarted,
        };
        item.SetTexts(textVi, textEn);
        return item;
    }

    public void Assign(int unitId, ActionUnitRole role)
    {
        if (_units.Any(u => u.UnitId == unitId))
            throw new DomainException(Messages.UnitAlreadyAssigned(Code));
        _units.Add(new ActionUnit(unitId, role));
    }

    /// <summary>
    /// A restructuring passes a unit's part to its successor. A successor that already has a part
    /// keeps the stronger one (lead over coordinating). The old unit's progress reports stay its own.
    /// </summary>
    public ActionUnitRole HandOver(int fromUnitId, int toUnitId)
    {
        var part = _units.SingleOrDefault(u => u.UnitId == fromUnitId)
            ?? throw new DomainException(Messages.UnitHasNoPart(Code));
        _units.Remove(part);
        var existing = _units.SingleOrDefault(u => u.UnitId == toUnitId);
        if (existing is null)
        {
            _units.Add(new ActionUnit(toUnitId, part.Role));
            return part.Role;
        }
        if (part.Role == ActionUnitRole.Lead)
            existing.Role = ActionUnitRole.Lead;
        return existing.Role;
    }

    /// <summary>
    /// Edits what the action is and when it is due. Its status only moves through progress reports.
    /// </summary>
    public void Revise(string textVi, string? textEn, DateOnly? startDate, DateOnly? dueDate, bool recurring, ReviewCadence? reviewCadence)
    {
        EnsureSchedule(Code, startDate, dueDate, recurring);
        ReviewCadence = recurring ? reviewCadence ?? ReviewCadence ?? Plans.ReviewCadence.Quarterly : null;
        SetTexts(textVi, textEn);
        StartDate = startDate;
        DueDate = dueDate;
        Recurring = recurring;
    }

    /// <summary>
    /// A unit reports its part (append-only). The lead units' reports move the action's status; a
    /// coordinating unit's report is kept in the log beside them.
    /// </summary>
    public ActionProgress RecordProgress(Organization.OrgUnit unit, Guid? authorId, int? apiTokenId, DateTimeOffset recordedAt, DateOnly reportedOn,
        ActionStatus status, int percent, string narrative)
    {
        var part = _units.SingleOrDefault(u => u.UnitId == unit.Id)
            ?? throw new DomainException(Messages.UnitNotOnAction(Code));
        if (percent is < 0 or > 100)
            throw new DomainException(Messages.ProgressPercent);
        if (status == ActionStatus.Completed && percent != 100)
            throw new DomainException(Messages.CompletedAt100);
        var progress = ActionProgress.Create(this, unit, authorId, apiTokenId, recordedAt, reportedOn, status, percent, narrative);
        _events.Raise(new ActionProgressRecorded(progress, unit.Path));
        if (part.Role == ActionUnitRole.Lead)
        {
            if (status != Status)
                _events.Raise(new ActionStatusChanged(this, Status, unit.Path));
            Status = status;
            CompletedOn = status == ActionStatus.Completed ? reportedOn : null;
        }
        return progress;
    }

    private void SetTexts(string textVi, string? textEn)
    {
        TextVi = textVi;
        TextEn = textEn;
        SearchKey = VietnameseText.SearchKey(Code, textVi, textEn);
    }

    /// <summary>A recurring action (thường xuyên) runs with reviews, not to a due date; a dated one cannot end before it starts.</summary>
    private static void EnsureSchedule(string code, DateOnly? startDate, DateOnly? dueDate, bool recurring)
    {
        if (recurring && dueDate is not null)
            throw new DomainException(Messages.RecurringHasNoDueDate(code));
        if (startDate is not null && dueDate is not null && dueDate < startDate)
            throw new DomainException(Messages.DueBeforeStart(code));
    }

    public DeadlineState? DeadlineOn(DateOnly today) => (Recurring, DueDate, Status) switch
    {
        (true, _, _) or (_, null, _) => null,
        (_, { } due, ActionStatus.Completed) => CompletedOn <= due ? DeadlineState.CompletedOnTime : DeadlineState.CompletedLate,
        (_, { } due, _) => today <= due ? DeadlineState.WithinDeadline : DeadlineState.Overdue,
    };
}

/// <summary>A unit's part in an action: lead (chủ trì) or coordinating (phối hợp).</summary>
public sealed class ActionUnit
{
    private ActionUnit() { }

    internal ActionUnit(int unitId, ActionUnitRole role)
    {
        UnitId = unitId;
        Role = role;
    }

    public int ActionItemId { get; private set; }
    public int UnitId { get; private set; }
    public ActionUnitRole Role { get; internal set; }
}
