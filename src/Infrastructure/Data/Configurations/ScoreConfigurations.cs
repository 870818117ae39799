using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PapiTracker.Domain.Frameworks;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Scores;

namespace PapiTracker.Infrastructure.Data.Configurations;

internal sealed class ScoreReleaseConfiguration : IEntityTypeConfiguration<ScoreRelease>
{
    public void Configure(EntityTypeBuilder<ScoreRelease> builder)
    {
        builder.Property(r => r.Source).HasMaxLength(ScoreRelease.SourceMaxLength);
        builder.HasOne<FrameworkVersion>().WithMany().HasForeignKey(r => r.FrameworkVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.FrameworkVersionId, r.SurveyYear }).IsUnique();
        builder.HasIndex(r => r.SurveyYear);
        builder.HasMany(r => r.Entries).WithOne().HasForeignKey(e => e.ScoreReleaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Entries).HasField("_entries");
    }
}

internal sealed class ReleaseEntryConfiguration : IEntityTypeConfiguration<ReleaseEntry>
{
    public void Configure(EntityTypeBuilder<ReleaseEntry> builder)
    {
        builder.HasIndex(e => new { e.ScoreReleaseId, e.Revision, e.ProvinceId }).IsUnique();
        builder.HasIndex(e => e.ProvinceId);
        builder.Property(e => e.PublishedTotal).HasPrecision(ProvinceScore.Precision, ProvinceScore.Scale);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(e => e.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Scores).WithOne().HasForeignKey(s => s.ReleaseEntryId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Scores).HasField("_scores");
    }
}

internal sealed class ScoreReleaseRevisionConfiguration : IEntityTypeConfiguration<ScoreReleaseRevision>
{
    public void Configure(EntityTypeBuilder<ScoreReleaseRevision> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Source).HasMaxLength(ScoreRelease.SourceMaxLength);
        builder.Property(r => r.Sha256).HasMaxLength(ScoreReleaseRevision.Sha256Length).IsFixedLength();
        builder.HasOne<ScoreRelease>().WithMany().HasForeignKey(r => r.ScoreReleaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ScoreReleaseId, r.Number }).IsUnique();
    }
}

internal sealed class ProvinceScoreConfiguration : IEntityTypeConfiguration<ProvinceScore>
{
    public void Configure(EntityTypeBuilder<ProvinceScore> builder)
    {
        builder.HasKey(s => new { s.ReleaseEntryId, s.SubDimensionId });
        builder.Property(s => s.Value).HasPrecision(ProvinceScore.Precision, ProvinceScore.Scale);
        builder.HasOne<SubDimension>().WithMany().HasForeignKey(s => s.SubDimensionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PopulationFigureConfiguration : IEntityTypeConfiguration<PopulationFigure>
{
    public void Configure(EntityTypeBuilder<PopulationFigure> builder)
    {
        builder.Property(f => f.Id).UseHiLo("population_figures_hilo");
        builder.Property(f => f.Source).HasMaxLength(PopulationFigure.SourceMaxLength);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(f => f.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.UnitId, f.Year }).IsUnique();
    }
}
