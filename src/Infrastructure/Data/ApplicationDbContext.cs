using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Models;
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
using PapiTracker.Infrastructure.Data.Interceptors;
using PapiTracker.Infrastructure.Identity;

namespace PapiTracker.Infrastructure.Data;

public sealed class ApplicationDbContext(DbContextOptions<ApplicationDbContext> options)
    : IdentityUserContext<ApplicationUser, Guid>(options), IApplicationDbContext
{
    public DbSet<IndexFramework> Frameworks => Set<IndexFramework>();
    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<OrgUnitState> OrgUnitStates => Set<OrgUnitState>();
    public DbSet<DocumentProfile> DocumentProfiles => Set<DocumentProfile>();
    public DbSet<Restructuring> Restructurings => Set<Restructuring>();
    public DbSet<ScoreRelease> ScoreReleases => Set<ScoreRelease>();
    public DbSet<ReleaseEntry> ReleaseEntries => Set<ReleaseEntry>();
    public DbSet<ScoreReleaseRevision> ScoreReleaseRevisions => Set<ScoreReleaseRevision>();
    public DbSet<ProvinceScore> ProvinceScores => Set<ProvinceScore>();
    public DbSet<PopulationFigure> PopulationFigures => Set<PopulationFigure>();
    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<IntegrationEvent> IntegrationEvents => Set<IntegrationEvent>();
    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<ActionItem> ActionItems => Set<ActionItem>();
    public DbSet<ActionProgress> ActionProgress => Set<ActionProgress>();
    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();
    public DbSet<ReportingPeriod> ReportingPeriods => Set<ReportingPeriod>();
    public DbSet<ReportObligation> ReportObligations => Set<ReportObligation>();
    public DbSet<ReportSubmission> ReportSubmissions => Set<ReportSubmission>();
    public DbSet<SubmissionVersion> SubmissionVersions => Set<SubmissionVersion>();
    public DbSet<ReportAttachment> ReportAttachments => Set<ReportAttachment>();
    public DbSet<DocumentSignatureCheck> DocumentSignatureChecks => Set<DocumentSignatureCheck>();
    public DbSet<SignedDocument> SignedDocuments => Set<SignedDocument>();
    public DbSet<LevelApproval> LevelApprovals => Set<LevelApproval>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ApplicationDbContext).Assembly);
        foreach (var synced in UpdatedAtInterceptor.Stamped)
        {
            builder.Entity(synced).Property<DateTimeOffset>(UpdatedAt.Property).HasDefaultValueSql("now()");
            builder.Entity(synced).HasIndex(UpdatedAt.Property);
        }
        builder.HasSequence<int>(FrameworksHiLo).StartsAt(100).IncrementsBy(10);
    }

    /// <summary>Keys of index frameworks an operator defines: from 100 on, above the catalogue's.</summary>
    internal const string FrameworksHiLo = "frameworks_hilo";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
}
