namespace PapiTracker.Application.Common.Files;

/// <summary>A stored upload: where its bytes are found again, and how many there were.</summary>
public sealed record StoredBytes(string Sha256, long SizeBytes);

/// <summary>Evidence bytes outside the database, addressed by their SHA-256: the same file uploaded twice is kept once.</summary>
public interface IFileStore
{
    /// <summary>Stores the content, refusing it (413) as soon as it passes <paramref name="maxBytes"/>.</summary>
    Task<StoredBytes> SaveAsync(Stream content, long maxBytes, CancellationToken ct);

    Stream OpenRead(string sha256);
}
