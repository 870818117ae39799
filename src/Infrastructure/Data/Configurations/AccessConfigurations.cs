using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Auditing;
using PapiTracker.Domain.Organization;
using PapiTracker.Infrastructure.Identity;

namespace PapiTracker.Infrastructure.Data.Configurations;

internal sealed class RoleAssignmentConfiguration : IEntityTypeConfiguration<RoleAssignment>
{
    public void Configure(EntityTypeBuilder<RoleAssignment> builder)
    {
        builder.Property(a => a.Id).UseHiLo("role_assignments_hilo");
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.UserId, a.Role, a.UnitId }).IsUnique().AreNullsDistinct(false);
    }
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.Property(t => t.Id).UseHiLo("api_tokens_hilo");
        builder.Property(t => t.Name).HasMaxLength(ApiToken.NameMaxLength);
        builder.Property(t => t.Prefix).HasMaxLength(ApiToken.PrefixLength);
        builder.Property(t => t.SecretHash).HasMaxLength(Sha256Hex.Length);
        builder.HasIndex(t => t.SecretHash).IsUnique();
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.Property(e => e.EntityType).HasMaxLength(AuditEntry.EntityTypeMaxLength);
        builder.Property(e => e.EntityId).HasMaxLength(AuditEntry.EntityIdMaxLength);
        builder.Property(e => e.Changes).HasColumnType("jsonb");
        builder.Property(e => e.UnitPath).HasMaxLength(OrgUnit.PathMaxLength).UseCollation("C");
        builder.HasIndex(e => new { e.EntityType, e.EntityId });
        builder.HasIndex(e => e.UserId);
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => e.UnitPath);
    }
}

internal sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> builder)
    {
        builder.Property(t => t.TokenHash).HasMaxLength(Sha256Hex.Length);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => t.UserId);
        builder.HasIndex(t => t.SessionId);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.ToTable("users");
        builder.Property(u => u.DisplayName).HasMaxLength(ApplicationUser.DisplayNameMaxLength);
    }
}
