using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Auditing;
using PapiTracker.Domain.Documents;
using PapiTracker.Domain.Events;
using PapiTracker.Domain.Frameworks;
using PapiTracker.Domain.Notifications;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Plans;
using PapiTracker.Domain.Reporting;
using PapiTracker.Domain.Scores;
using PapiTracker.Domain.Webhooks;

namespace PapiTracker.Application.Common.Interfaces;

/// <summary>The use cases' view of the database: EF Core's abstractions only, never the provider.</summary>
public interface IApplicationDbContext
{
    DbSet<IndexFramework> Frameworks { get; }
    DbSet<OrgUnit> OrgUnits { get; }
    DbSet<OrgUnitState> OrgUnitStates { get; }
    DbSet<DocumentProfile> DocumentProfiles { get; }
    DbSet<Restructuring> Restructurings { get; }
    DbSet<ScoreRelease> ScoreReleases { get; }
    DbSet<ReleaseEntry> ReleaseEntries { get; }
    DbSet<ScoreReleaseRevision> ScoreReleaseRevisions { get; }
    DbSet<ProvinceScore> ProvinceScores { get; }
    DbSet<PopulationFigure> PopulationFigures { get; }
    DbSet<RoleAssignment> RoleAssignments { get; }
    DbSet<ApiToken> ApiTokens { get; }
    DbSet<AuditEntry> AuditEntries { get; }
    DbSet<IntegrationEvent> IntegrationEvents { get; }
    DbSet<Plan> Plans { get; }
    DbSet<ActionItem> ActionItems { get; }
    DbSet<ActionProgress> ActionProgress { get; }
    DbSet<EvidenceFile> EvidenceFiles { get; }
    DbSet<ReportingPeriod> ReportingPeriods { get; }
    DbSet<ReportObligation> ReportObligations { get; }
    DbSet<ReportSubmission> ReportSubmissions { get; }
    DbSet<SubmissionVersion> SubmissionVersions { get; }
    DbSet<ReportAttachment> ReportAttachments { get; }
    DbSet<DocumentSignatureCheck> DocumentSignatureChecks { get; }
    DbSet<SignedDocument> SignedDocuments { get; }
    DbSet<LevelApproval> LevelApprovals { get; }
    DbSet<Notification> Notifications { get; }
    DbSet<WebhookSubscription> WebhookSubscriptions { get; }
    DbSet<WebhookDelivery> WebhookDeliveries { get; }

    DatabaseFacade Database { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
