using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PapiTracker.Domain.Common;

namespace PapiTracker.Infrastructure.Data.Configurations;

/// <summary>The columns every kind of <see cref="StoredFile"/> has, in the table of its kind.</summary>
internal static class StoredFileConfiguration
{
    public static EntityTypeBuilder<T> IsStoredFile<T>(this EntityTypeBuilder<T> builder, string hiLoSequence)
        where T : StoredFile
    {
        builder.Property(f => f.Id).UseHiLo(hiLoSequence);
        builder.Property(f => f.FileName).HasMaxLength(StoredFile.FileNameMaxLength);
        builder.Property(f => f.ContentType).HasMaxLength(StoredFile.ContentTypeMaxLength);
        builder.Property(f => f.Sha256).HasMaxLength(Sha256Hex.Length);
        return builder;
    }
}
