using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PapiTracker.Domain.Documents;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Reporting;

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

internal sealed class SignedDocumentConfiguration : IEntityTypeConfiguration<SignedDocument>
{
    public void Configure(EntityTypeBuilder<SignedDocument> builder)
    {
        builder.Property(d => d.FileName).HasMaxLength(SignedDocument.FileNameMaxLength);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.Id).UseHiLo("signed_documents_hilo");
        builder.HasOne<ReportingPeriod>().WithMany().HasForeignKey(d => d.PeriodId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.PeriodId, d.UnitId });
    }
}
