using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Infrastructure.Data.Configurations;

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> builder)
    {
        builder.Property(u => u.Code).HasMaxLength(OrgUnit.CodeMaxLength);
        builder.Property(u => u.NameVi).HasMaxLength(OrgUnit.NameMaxLength);
        builder.Property(u => u.NameEn).HasMaxLength(OrgUnit.NameMaxLength);
        builder.Property(u => u.SearchKey).HasMaxLength(2 * OrgUnit.NameMaxLength + 3);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.Kind);
        builder.HasIndex(u => u.Code).IsUnique();
    }
}
