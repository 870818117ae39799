using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Infrastructure.Data.Configurations;

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> builder)
    {
        // Audited: the key must exist before the insert so the audit entry can name it.
        builder.Property(u => u.Id).UseHiLo("org_units_hilo");
        builder.HasIndex(u => u.Key).IsUnique();
        builder.Property(u => u.Version).IsRowVersion();
        builder.Property(u => u.Code).HasMaxLength(OrgUnit.CodeMaxLength);
        builder.Property(u => u.NameVi).HasMaxLength(OrgUnit.NameMaxLength);
        builder.Property(u => u.NameEn).HasMaxLength(OrgUnit.NameMaxLength);
        builder.Property(u => u.SearchKey).HasMaxLength(OrgUnit.SearchKeyMaxLength);
        builder.Property(u => u.Path).HasMaxLength(OrgUnit.PathMaxLength).UseCollation("C");
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(u => u.ReportsToId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(u => u.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.Kind);
        builder.HasIndex(u => u.ParentId);
        builder.HasIndex(u => u.ReportsToId);
        // A code is valid while its unit is active and may be reused after (24: Bắc Giang until 30/6/2025, Bắc Ninh
        // from 1/7/2025): no unique index, but an exclusion constraint on (code, active range), created in the
        // UnitsInTime migration, refuses two units sharing a code on overlapping dates.
        builder.HasIndex(u => u.Code);
        // Scope filters are prefix matches on the path: a C-collated btree index serves LIKE 'prefix%'.
        builder.HasIndex(u => u.Path);
    }
}

internal sealed class OrgUnitStateConfiguration : IEntityTypeConfiguration<OrgUnitState>
{
    public void Configure(EntityTypeBuilder<OrgUnitState> builder)
    {
        builder.Property(s => s.Code).HasMaxLength(OrgUnit.CodeMaxLength);
        builder.Property(s => s.NameVi).HasMaxLength(OrgUnit.NameMaxLength);
        builder.Property(s => s.NameEn).HasMaxLength(OrgUnit.NameMaxLength);
        builder.Property(s => s.SearchKey).HasMaxLength(OrgUnit.SearchKeyMaxLength);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.ReportsToId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.UnitId, s.ValidFrom }).IsUnique();
        builder.HasIndex(s => s.ParentId);
    }
}

internal sealed class RestructuringConfiguration : IEntityTypeConfiguration<Restructuring>
{
    public void Configure(EntityTypeBuilder<Restructuring> builder)
    {
        // Audited: the key must exist before the insert so the audit entry can name it.
        builder.Property(r => r.Id).UseHiLo("restructurings_hilo");
        builder.Property(r => r.LegalBasis).HasMaxLength(Restructuring.LegalBasisMaxLength);
        builder.Property(r => r.FileName).HasMaxLength(Restructuring.FileNameMaxLength);
        builder.Property(r => r.ContentSha256).HasMaxLength(Sha256Hex.Length);
        builder.Property(r => r.Result).HasColumnType("jsonb");
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(r => r.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.ContentSha256);
        builder.HasIndex(r => r.AppliedAt);
    }
}

internal sealed class DocumentProfileConfiguration : IEntityTypeConfiguration<DocumentProfile>
{
    public void Configure(EntityTypeBuilder<DocumentProfile> builder)
    {
        builder.HasKey(p => p.UnitId);
        builder.Property(p => p.UnitId).ValueGeneratedNever();
        builder.HasOne<OrgUnit>().WithOne().HasForeignKey<DocumentProfile>(p => p.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Symbol).HasMaxLength(DocumentProfile.SymbolMaxLength);
        builder.Property(p => p.SigningAuthority).HasMaxLength(DocumentProfile.SigningAuthorityMaxLength);
        builder.Property(p => p.SignerTitle).HasMaxLength(DocumentProfile.SignerTitleMaxLength);
        builder.Property(p => p.SignerName).HasMaxLength(DocumentProfile.SignerNameMaxLength);
        builder.PrimitiveCollection(p => p.Recipients);
    }
}
