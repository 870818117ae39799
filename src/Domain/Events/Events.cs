using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Plans;
using PapiTracker.Domain.Reporting;
using PapiTracker.Domain.Scores;

namespace PapiTracker.Domain.Events;

/// <summary>A report was submitted, returned, approved or reopened; the type says which.</summary>
public sealed record ReportStatusChanged(IntegrationEventType Type, ReportSubmission Submission, string UnitPath) : DomainEvent(Type, UnitPath)
{
    public override (string, object) Describe() =>
        ($"report-obligations/{Submission.ObligationId}/submission",
         new { submissionId = Submission.Id, obligationId = Submission.ObligationId, status = Submission.Status.ToString(), version = Submission.Versions.Count });
}

public sealed record LevelSignedOff(LevelApproval Approval, string UnitPath) : DomainEvent(IntegrationEventType.LevelSignedOff, UnitPath)
{
    public override (string, object) Describe() =>
        ($"reporting-periods/{Approval.PeriodId}/levels/{Approval.UnitId}",
         new { levelApprovalId = Approval.Id, periodId = Approval.PeriodId, unitId = Approval.UnitId, notApproved = Approval.NotApproved });
}

public sealed record ActionProgressRecorded(ActionProgress Progress, string UnitPath) : DomainEvent(IntegrationEventType.ActionProgressRecorded, UnitPath)
{
    public override (string, object) Describe() =>
        ($"action-items/{Progress.ActionItemId}/progress",
         new { progressId = Progress.Id, actionItemId = Progress.ActionItemId, unitId = Progress.UnitId, status = Progress.Status.ToString(), percent = Progress.Percent });
}

/// <summary>An action's status moved (a lead unit's report); the event belongs to the reporting unit's subtree.</summary>
public sealed record ActionStatusChanged(ActionItem Action, ActionStatus From, string UnitPath) : DomainEvent(IntegrationEventType.ActionStatusChanged, UnitPath)
{
    public override (string, object) Describe() =>
        ($"action-items/{Action.Id}", new { actionItemId = Action.Id, planId = Action.PlanId, from = From.ToString(), to = Action.Status.ToString() });
}

/// <summary>A release got a new revision (imported or restored). Scores are national: visible to every reader of the feed.</summary>
public sealed record ScoreReleaseImported(ScoreReleaseRevision Revision) : DomainEvent(IntegrationEventType.ScoreReleaseImported, null)
{
    public override (string, object) Describe() =>
        ($"score-releases/{Revision.SurveyYear}/revisions/{Revision.Number}",
         new { year = Revision.SurveyYear, revision = Revision.Number, kind = Revision.Kind.ToString(), restoredFrom = Revision.RestoredFrom });
}

/// <summary>A restructuring was applied; one event for each province it restructured, belonging to that province's subtree.</summary>
public sealed record UnitsRestructured(Restructuring Restructuring, string UnitPath) : DomainEvent(IntegrationEventType.UnitsRestructured, UnitPath)
{
    public override (string, object) Describe() =>
        ($"restructurings/{Restructuring.Id}",
         new { restructuringId = Restructuring.Id, kind = Restructuring.Kind.ToString(), effectiveOn = Restructuring.EffectiveOn, provinceId = Restructuring.ProvinceId });
}

/// <summary>A period's lock day ended. It belongs to the plan's province: its units all report in that period.</summary>
public sealed record PeriodLocked(ReportingPeriod Period, string ProvincePath) : DomainEvent(IntegrationEventType.PeriodLocked, ProvincePath)
{
    public override (string, object) Describe() =>
        ($"reporting-periods/{Period.Id}/completeness",
         new { periodId = Period.Id, planId = Period.PlanId, kind = Period.Kind.ToString(), year = Period.Year, lockOn = Period.LockOn });
}
