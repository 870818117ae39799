using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
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
        builder.Property(u => u.SearchKey).HasMaxLength(2 * OrgUnit.NameMaxLength + 3);
        builder.Property(u => u.Path).HasMaxLength(OrgUnit.PathMaxLength).UseCollation("C");
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(u => u.ReportsToId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(u => u.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.Kind);
        builder.HasIndex(u => u.ParentId);
        builder.HasIndex(u => u.ReportsToId);
        builder.HasIndex(u => u.Code).IsUnique();
        // Scope filters are prefix matches on the path: a C-collated btree index serves LIKE 'prefix%'.
        builder.HasIndex(u => u.Path);
    }
}
