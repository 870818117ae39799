using PapiTracker.Domain.Auditing;
using PapiTracker.Domain.Common;

namespace PapiTracker.Domain.Reporting;

/// <summary>
/// A unit owes a period's report to its recipient (nghĩa vụ báo cáo). The recipient is the unit's
/// reporting line when the period was generated; a coordinator may extend the unit's deadline.
/// </summary>
public sealed class ReportObligation : IAudited
{
    public const int ReasonMaxLength = 1000;

    private string? _unitPath;

    private ReportObligation() { }

    public int Id { get; private set; }
    public int PeriodId { get; private set; }
    public int UnitId { get; private set; }
    public int RecipientId { get; private set; }
    public DateOnly? ExtendedTo { get; private set; }
    public string? ExtensionReason { get; private set; }

    string? IAudited.AuditUnitPath => _unitPath;

    public static ReportObligation Owe(ReportingPeriod period, Organization.OrgUnit unit, Organization.OrgUnit recipient)
    {
        if (recipient.Id == unit.Id)
            throw new DomainException(Messages.UnitReportsToItselfNamed(unit.NameVi));
        return new ReportObligation { PeriodId = period.Id, UnitId = unit.Id, RecipientId = recipient.Id, _unitPath = unit.Path };
    }

    /// <summary>
    /// A restructuring hands the obligation to the unit that took over (it now owes the report) or
    /// points it at the unit that now receives it; the obligation's history is its own.
    /// </summary>
    public void PassTo(Organization.OrgUnit unit, Organization.OrgUnit recipient)
    {
        if (recipient.Id == unit.Id)
            throw new DomainException(Messages.UnitReportsToItselfNamed(unit.NameVi));
        UnitId = unit.Id;
        RecipientId = recipient.Id;
        _unitPath = unit.Path;
    }

    public void Extend(ReportingPeriod period, DateOnly to, string reason, string unitPath)
    {
        if (to <= period.DueOn)
            throw new DomainException(Messages.ExtensionPastDue);
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException(Messages.ExtensionNeedsReason);
        ExtendedTo = to;
        ExtensionReason = reason.Trim();
        _unitPath = unitPath;
    }
}
