using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PapiTracker.Domain.Documents;

namespace PapiTracker.Infrastructure.Data.Configurations;

/// <summary>One row per checked content hash, shared by every file row with those bytes; no foreign key, so file rows can change shape freely.</summary>
internal sealed class DocumentSignatureCheckConfiguration : IEntityTypeConfiguration<DocumentSignatureCheck>
{
    public void Configure(EntityTypeBuilder<DocumentSignatureCheck> builder)
    {
        builder.HasKey(c => c.Sha256);
        builder.Property(c => c.Sha256).HasMaxLength(64);
        builder.Property(c => c.Detail).HasMaxLength(DocumentSignatureCheck.DetailMaxLength);
        builder.Property(c => c.SignerSubject).HasMaxLength(DocumentSignatureCheck.SubjectMaxLength);
        builder.Property(c => c.SignerOrganisation).HasMaxLength(DocumentSignatureCheck.OrganisationMaxLength);
    }
}
