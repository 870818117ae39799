using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Plans;
using PapiTracker.Domain.Reporting;

namespace PapiTracker.Infrastructure.Data.Configurations;

internal sealed class ReportingPeriodConfiguration : IEntityTypeConfiguration<ReportingPeriod>
{
    public void Configure(EntityTypeBuilder<ReportingPeriod> builder)
    {
        builder.Property(p => p.Id).UseHiLo("reporting_periods_hilo");
        builder.HasOne<Plan>().WithMany().HasForeignKey(p => p.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.PlanId, p.Kind, p.Year }).IsUnique();
        builder.HasIndex(p => p.DueOn);
    }
}

internal sealed class ReportObligationConfiguration : IEntityTypeConfiguration<ReportObligation>
{
    public void Configure(EntityTypeBuilder<ReportObligation> builder)
    {
        builder.Property(o => o.Id).UseHiLo("report_obligations_hilo");
        builder.Property(o => o.ExtensionReason).HasMaxLength(ReportObligation.ReasonMaxLength);
        builder.HasOne<ReportingPeriod>().WithMany().HasForeignKey(o => o.PeriodId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(o => o.RecipientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.PeriodId, o.UnitId }).IsUnique();
        builder.HasIndex(o => new { o.PeriodId, o.RecipientId });
        builder.HasIndex(o => o.UnitId);
    }
}

internal sealed class ReportSubmissionConfiguration : IEntityTypeConfiguration<ReportSubmission>
{
    public void Configure(EntityTypeBuilder<ReportSubmission> builder)
    {
        builder.Property(s => s.Id).UseHiLo("report_submissions_hilo");
        builder.Property(s => s.Version).IsRowVersion();
        builder.Property(s => s.Narratives).HasColumnType("jsonb");
        builder.Property(s => s.ReturnReason).HasMaxLength(ReportSubmission.ReasonMaxLength);
        builder.Property(s => s.UnitPlanNumber).HasMaxLength(ReportSubmission.DocumentNumberMaxLength);
        builder.Ignore(s => s.NarrativesByDimension);
        builder.Ignore(s => s.UnitPlan);
        builder.Ignore(s => s.IsEditable);
        builder.HasOne<ReportAttachment>().WithMany().HasForeignKey(s => s.UnitPlanDocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Versions).WithOne().HasForeignKey(v => v.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Versions).HasField("_versions");
        builder.HasOne<ReportObligation>().WithMany().HasForeignKey(s => s.ObligationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.ObligationId).IsUnique();
        builder.HasIndex(s => s.Status);
    }
}

internal sealed class SubmissionVersionConfiguration : IEntityTypeConfiguration<SubmissionVersion>
{
    public void Configure(EntityTypeBuilder<SubmissionVersion> builder)
    {
        builder.Property(v => v.Content).HasColumnType("jsonb");
        builder.Property(v => v.Reason).HasMaxLength(ReportSubmission.ReasonMaxLength);
        builder.Property(v => v.ReopenReason).HasMaxLength(ReportSubmission.ReasonMaxLength);
        builder.HasIndex(v => new { v.SubmissionId, v.Number }).IsUnique();
    }
}

internal sealed class ReportAttachmentConfiguration : IEntityTypeConfiguration<ReportAttachment>
{
    public void Configure(EntityTypeBuilder<ReportAttachment> builder)
    {
        builder.IsStoredFile("report_attachments_hilo");
        builder.HasOne<ReportSubmission>().WithMany().HasForeignKey(a => a.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.SubmissionId);
    }
}

internal sealed class LevelApprovalConfiguration : IEntityTypeConfiguration<LevelApproval>
{
    public void Configure(EntityTypeBuilder<LevelApproval> builder)
    {
        builder.Property(a => a.Id).UseHiLo("level_approvals_hilo");
        builder.Property(a => a.OverrideReason).HasMaxLength(LevelApproval.ReasonMaxLength);
        builder.HasOne<ReportingPeriod>().WithMany().HasForeignKey(a => a.PeriodId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.PeriodId, a.UnitId }).IsUnique();
    }
}
