namespace PapiTracker.Application.Common.Files;

/// <summary>An accepted upload: its type (checked by content), and where its bytes are stored.</summary>
public sealed record CheckedUpload(string ContentType, StoredBytes Stored);

/// <summary>A stored file on its way out: bytes, the name it was uploaded with, its type.</summary>
public sealed record FileDownload(Stream Content, string FileName, string ContentType);

public static class CheckedUploads
{
    /// <summary>Checks the type by content and name (415) and stores the bytes, refusing them past <paramref name="maxBytes"/> (413).</summary>
    public static async Task<CheckedUpload> SaveCheckedAsync(this IFileStore files, Stream content, string fileName, long maxBytes, CancellationToken ct)
    {
        await using var seekable = await SeekableAsync(content, ct);
        var contentType = EvidenceTypes.ContentTypeOf(seekable, fileName);
        return new CheckedUpload(contentType, await files.SaveAsync(seekable, maxBytes, ct));
    }

    /// <summary>Type sniffing reads the start and rewinds; uploads are small enough to buffer when the stream cannot seek.</summary>
    private static async Task<Stream> SeekableAsync(Stream content, CancellationToken ct)
    {
        if (content.CanSeek)
            return content;
        var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        return buffer;
    }
}
