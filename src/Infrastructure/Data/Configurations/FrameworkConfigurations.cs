using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PapiTracker.Domain.Frameworks;
using PapiTracker.Infrastructure.Data.Catalogue;

namespace PapiTracker.Infrastructure.Data.Configurations;

internal sealed class IndexFrameworkConfiguration : IEntityTypeConfiguration<IndexFramework>
{
    public void Configure(EntityTypeBuilder<IndexFramework> builder)
    {
        builder.ToTable("frameworks");
        // Audited, so its key is known before saving (the trail names it); PAPI's seeded 1 lies below the sequence.
        builder.Property(f => f.Id).UseHiLo(ApplicationDbContext.FrameworksHiLo);
        builder.Property(f => f.Code).HasMaxLength(FrameworkLimits.CodeMaxLength);
        builder.HasIndex(f => f.Code).IsUnique();
        builder.Property(f => f.NameVi).HasMaxLength(FrameworkLimits.NameMaxLength);
        builder.Property(f => f.NameEn).HasMaxLength(FrameworkLimits.NameMaxLength);
        builder.Property(f => f.TotalColumn).HasMaxLength(IndexFramework.ColumnMaxLength);
        builder.Property(f => f.TotalTolerance).HasPrecision(12, 9);
        builder.Property(f => f.IgnoredColumns).HasDefaultValueSql("'{}'::text[]");
        builder.HasMany(f => f.Versions).WithOne().HasForeignKey(v => v.FrameworkId);
        builder.Navigation(f => f.Versions).HasField("_versions");
        builder.HasData(FrameworkCatalogue.Frameworks);
    }
}

internal sealed class FrameworkVersionConfiguration : IEntityTypeConfiguration<FrameworkVersion>
{
    public void Configure(EntityTypeBuilder<FrameworkVersion> builder)
    {
        builder.ToTable("framework_versions");
        builder.Property(v => v.Code).HasMaxLength(FrameworkLimits.CodeMaxLength);
        builder.HasIndex(v => v.Code).IsUnique();
        builder.Property(v => v.Changes).HasMaxLength(FrameworkVersion.ChangesMaxLength);
        builder.Property(v => v.TotalAggregationFactor).HasPrecision(12, 6);
        builder.HasMany(v => v.Dimensions).WithOne().HasForeignKey(d => d.FrameworkVersionId);
        builder.Navigation(v => v.Dimensions).HasField("_dimensions");
        builder.Ignore(v => v.SubDimensions);
        builder.Ignore(v => v.TotalAggregation);
        builder.Ignore(v => v.TotalScale);
        builder.HasData(FrameworkCatalogue.Versions);
    }
}

internal sealed class DimensionConfiguration : IEntityTypeConfiguration<Dimension>
{
    public void Configure(EntityTypeBuilder<Dimension> builder)
    {
        builder.ToTable("dimensions");
        builder.Property(d => d.Code).HasMaxLength(FrameworkLimits.CodeMaxLength);
        builder.HasIndex(d => new { d.FrameworkVersionId, d.Code }).IsUnique();
        builder.Property(d => d.NameVi).HasMaxLength(FrameworkLimits.NameMaxLength);
        builder.Property(d => d.NameEn).HasMaxLength(FrameworkLimits.NameMaxLength);
        builder.Property(d => d.AggregationFactor).HasPrecision(12, 6);
        builder.Property(d => d.Weight).HasPrecision(12, 9);
        builder.Ignore(d => d.Aggregation);
        builder.Ignore(d => d.ScaleMin);
        builder.Ignore(d => d.ScaleMax);
        builder.HasMany(d => d.SubDimensions).WithOne().HasForeignKey(s => s.DimensionId);
        builder.Navigation(d => d.SubDimensions).HasField("_subDimensions");
        builder.HasData(FrameworkCatalogue.Dimensions);
    }
}

internal sealed class SubDimensionConfiguration : IEntityTypeConfiguration<SubDimension>
{
    public void Configure(EntityTypeBuilder<SubDimension> builder)
    {
        builder.ToTable("sub_dimensions");
        builder.Property(s => s.Code).HasMaxLength(FrameworkLimits.CodeMaxLength);
        builder.HasIndex(s => new { s.DimensionId, s.Code }).IsUnique();
        builder.Property(s => s.NameVi).HasMaxLength(FrameworkLimits.NameMaxLength);
        builder.Property(s => s.NameEn).HasMaxLength(FrameworkLimits.NameMaxLength);
        builder.Property(s => s.ScaleMin).HasPrecision(6, 3);
        builder.Property(s => s.ScaleMax).HasPrecision(6, 3);
        builder.Property(s => s.Unit).HasMaxLength(SubDimension.UnitMaxLength);
        builder.Property(s => s.Weight).HasPrecision(12, 9);
        builder.HasData(FrameworkCatalogue.SubDimensions);
    }
}
