using PapiTracker.Domain.Auditing;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Events;

namespace PapiTracker.Domain.Reporting;

/// <summary>Kinds of report (kỳ báo cáo) a plan asks for.</summary>
public enum ReportingPeriodKind
{
    /// <summary>Báo cáo quý (the plan: before 20/3).</summary>
    Quarterly,

    /// <summary>Báo cáo 6 tháng (before 20/6).</summary>
    HalfYear,

    /// <summary>Báo cáo 9 tháng / quý III (not named by the plan; 20/9 by default).</summary>
    ThirdQuarter,

    /// <summary>Báo cáo năm (before 30/11).</summary>
    Annual,

    /// <summary>The one-off unit implementation plan (kế hoạch triển khai; before 15/5/2021).</summary>
    UnitPlan,
}

/// <summary>
/// One reporting period of a plan: the window it covers, the day reports are due, the day after which
/// nothing is accepted without an extension, and the data cut-off. Days are days in Việt Nam:
/// a report is on time until the end of the due day in Asia/Ho_Chi_Minh, wherever the server runs.
/// </summary>
public sealed class ReportingPeriod : IAudited, IRaisesEvents
{
    private readonly RaisedEvents _events = new();

    private ReportingPeriod() { }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    public ReportingPeriodKind Kind { get; private set; }
    public int Year { get; private set; }
    public DateOnly CoverageFrom { get; private set; }
    public DateOnly CoverageTo { get; private set; }
    public DateOnly DueOn { get; private set; }
    public DateOnly? LockOn { get; private set; }
    public DateOnly? DataCutOff { get; private set; }

    /// <summary>When the <see cref="IntegrationEventType.PeriodLocked"/> event was written: once per period.</summary>
    public DateTimeOffset? LockAnnouncedAt { get; private set; }


    string? IAudited.AuditUnitPath => null;

    RaisedEvents IRaisesEvents.Events => _events;

    public static ReportingPeriod Create(int planId, ReportingPeriodKind kind, int year, DateOnly coverageFrom, DateOnly coverageTo, DateOnly dueOn,
        DateOnly? lockOn, DateOnly? dataCutOff)
    {
        if (coverageTo < coverageFrom)
            throw new DomainException(Messages.PeriodEndsBeforeStart(kind.ToString(), year));
        if (lockOn is not null && lockOn < dueOn)
            throw new DomainException(Messages.PeriodLocksBeforeDue(kind.ToString(), year));
        if (dataCutOff is not null && (dataCutOff < coverageFrom || dataCutOff > dueOn))
            throw new DomainException(Messages.CutOffOutsidePeriod(kind.ToString(), year));
        return new ReportingPeriod
        {
            PlanId = planId, Kind = kind, Year = year, CoverageFrom = coverageFrom, CoverageTo = coverageTo,
            DueOn = dueOn, LockOn = lockOn, DataCutOff = dataCutOff,
        };
    }

    /// <summary>On time (đúng hạn) when received by the end of the due day, or of the unit's extension.</summary>
    public bool IsOnTime(DateTimeOffset receivedAt, DateOnly? extendedTo) => receivedAt <= VietnamTime.EndOfDay(extendedTo ?? DueOn);

    /// <summary>Closed to new reports after the lock day, unless the unit's extension runs later.</summary>
    public bool IsLockedAt(DateTimeOffset now, DateOnly? extendedTo) =>
        LockOn is { } lockOn && now > VietnamTime.EndOfDay(extendedTo is { } extension && extension > lockOn ? extension : lockOn);

    /// <summary>
    /// Tells integrations, once, that the period has locked (its lock day, not a unit's extension, has ended); false
    /// when it has not locked yet or was announced already.
    /// </summary>
    public bool AnnounceLock(DateTimeOffset now, string provincePath)
    {
        if (LockAnnouncedAt is not null || !IsLockedAt(now, null))
            return false;
        LockAnnouncedAt = now;
        _events.Raise(new PeriodLocked(this, provincePath));
        return true;
    }

    /// <summary>
    /// The unit a report of this period counts for: the unit that owes it, or its successor when that unit ended
    /// before the due day. The period is owed by the units active on its due day, so a window that spans a
    /// restructuring is reported once, by the successor; a report its predecessor began before ending stands for it.
    /// </summary>
    public int CountsFor(Organization.OrgUnit unit) => unit.ActiveTo < DueOn && unit.SuccessorId is { } successor ? successor : unit.Id;
}
