using PapiTracker.Domain.Auditing;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Events;

namespace PapiTracker.Domain.Reporting;

/// <summary>
/// A receiving unit signs off its level of a period (duyệt tổng hợp): every report owed to it is approved,
/// or it goes ahead anyway with a reason, and how many were still open is kept.
/// </summary>
public sealed class LevelApproval : IAudited, IRaisesEvents
{
    public const int ReasonMaxLength = 1000;

    private readonly RaisedEvents _events = new();
    private string? _unitPath;

    private LevelApproval() { }

    public int Id { get; private set; }
    public int PeriodId { get; private set; }
    public int UnitId { get; private set; }
    public DateTimeOffset ApprovedAt { get; private set; }
    public Guid? ApprovedBy { get; private set; }

    /// <summary>Reports owed to the unit not approved at the time; more than none needs an override reason.</summary>
    public int NotApproved { get; private set; }
    public string? OverrideReason { get; private set; }

    string? IAudited.AuditUnitPath => _unitPath;

    RaisedEvents IRaisesEvents.Events => _events;

    public static LevelApproval Approve(ReportingPeriod period, Organization.OrgUnit unit, int notApproved, string? overrideReason, DateTimeOffset now, Guid? by)
    {
        if (notApproved > 0 && string.IsNullOrWhiteSpace(overrideReason))
            throw new DomainException(Messages.LevelNotApproved(notApproved, unit.NameVi));
        var approval = new LevelApproval
        {
            PeriodId = period.Id, UnitId = unit.Id, _unitPath = unit.Path, ApprovedAt = now, ApprovedBy = by,
            NotApproved = notApproved, OverrideReason = notApproved > 0 ? overrideReason!.Trim() : null,
        };
        approval._events.Raise(new LevelSignedOff(approval, unit.Path));
        return approval;
    }
}
