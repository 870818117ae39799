using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Frameworks;
using PapiTracker.Domain.Plans;

namespace PapiTracker.Infrastructure.Data.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.Property(p => p.Id).UseHiLo("plans_hilo");
        builder.Property(p => p.Version).IsRowVersion();
        builder.Property(p => p.Framework).HasMaxLength(FrameworkLimits.CodeMaxLength);
        builder.Property(p => p.DocumentNumber).HasMaxLength(Plan.DocumentNumberMaxLength);
        builder.Property(p => p.TitleVi).HasMaxLength(Plan.TitleMaxLength);
        builder.Property(p => p.TitleEn).HasMaxLength(Plan.TitleMaxLength);
        builder.Property(p => p.IssuerVi).HasMaxLength(Plan.TitleMaxLength);
        builder.Property(p => p.IssuerEn).HasMaxLength(Plan.TitleMaxLength);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.ProvinceId);
        builder.HasMany(p => p.Targets).WithOne().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Targets).HasField("_targets");
        // Owned: a plan is never read without the indices it answers.
        builder.OwnsMany(p => p.Indices, index =>
        {
            index.ToTable("plan_indices");
            index.WithOwner().HasForeignKey(i => i.PlanId);
            index.HasKey(i => new { i.PlanId, i.Framework });
            index.Property(i => i.Framework).HasMaxLength(FrameworkLimits.CodeMaxLength);
        });
        builder.Navigation(p => p.Indices).HasField("_indices");
    }
}

internal sealed class PlanTargetConfiguration : IEntityTypeConfiguration<PlanTarget>
{
    public void Configure(EntityTypeBuilder<PlanTarget> builder)
    {
        builder.Property(t => t.Framework).HasMaxLength(FrameworkLimits.CodeMaxLength);
        builder.Property(t => t.Code).HasMaxLength(FrameworkLimits.CodeMaxLength);
        builder.Property(t => t.Value).HasPrecision(12, 4);
        builder.Property(t => t.NoteVi).HasMaxLength(Plan.TitleMaxLength);
        builder.Property(t => t.NoteEn).HasMaxLength(Plan.TitleMaxLength);
    }
}

internal sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> builder)
    {
        builder.Property(a => a.Id).UseHiLo("action_items_hilo");
        builder.Property(a => a.Version).IsRowVersion();
        builder.Property(a => a.Code).HasMaxLength(ActionItem.CodeMaxLength);
        builder.Property(a => a.TextVi).HasMaxLength(ActionItem.TextMaxLength);
        builder.Property(a => a.TextEn).HasMaxLength(ActionItem.TextMaxLength);
        // No length limit: folding can lengthen a text (a Hangul syllable decomposes into two or three letters),
        // and the key must never refuse a text its own columns take.
        builder.Property(a => a.SearchKey).HasColumnType("text");
        builder.HasOne<Plan>().WithMany().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.PlanId, a.Code }).IsUnique();
        builder.HasIndex(a => a.Status);
        builder.HasIndex(a => a.DueDate);
        builder.HasIndex(a => a.SubDimensions).HasMethod("gin");
        builder.HasMany(a => a.Units).WithOne().HasForeignKey(u => u.ActionItemId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Units).HasField("_units");
    }
}

internal sealed class ActionUnitConfiguration : IEntityTypeConfiguration<ActionUnit>
{
    public void Configure(EntityTypeBuilder<ActionUnit> builder)
    {
        builder.HasKey(u => new { u.ActionItemId, u.UnitId });
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.UnitId, u.Role });
    }
}

internal sealed class ActionProgressConfiguration : IEntityTypeConfiguration<ActionProgress>
{
    public void Configure(EntityTypeBuilder<ActionProgress> builder)
    {
        builder.ToTable("action_progress");
        builder.Property(p => p.Id).UseHiLo("action_progress_hilo");
        builder.Property(p => p.Narrative).HasMaxLength(ActionProgress.NarrativeMaxLength);
        builder.HasOne<ActionItem>().WithMany().HasForeignKey(p => p.ActionItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ActionItemId, p.RecordedAt });
        builder.HasIndex(p => p.UnitId);
    }
}

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> builder)
    {
        builder.IsStoredFile("evidence_files_hilo");
        builder.HasOne<ActionProgress>().WithMany().HasForeignKey(f => f.ActionProgressId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(f => f.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.ActionProgressId);
        builder.HasIndex(f => f.Sha256);
    }
}
