using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Files;

namespace PapiTracker.Infrastructure.Files;

/// <summary>
/// Files under Files:Root as {root}/{aa}/{sha256}. Written to a temporary file while hashing, then
/// moved into place, so a half-written upload never takes a content address.
/// </summary>
internal sealed class ContentAddressedFileStore(IConfiguration configuration) : IFileStore
{
    private readonly string _root = configuration["Files:Root"] is { Length: > 0 } root
        ? root
        : Path.Combine(Path.GetTempPath(), "papitracker-files");

    public async Task<StoredBytes> SaveAsync(Stream content, long maxBytes, CancellationToken ct)
    {
        Directory.CreateDirectory(_root);
        var temporary = Path.Combine(_root, $".upload-{Guid.NewGuid():N}");
        try
        {
            long size = 0;
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var target = File.Create(temporary))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    size += read;
                    if (size > maxBytes)
                        throw new PayloadTooLargeException(maxBytes);
                    hash.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), ct);
                }
            }
            var sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            var final = PathOf(sha256);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            if (File.Exists(final))
                File.Delete(temporary);
            else
                File.Move(temporary, final);
            return new StoredBytes(sha256, size);
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }

    public Stream OpenRead(string sha256) => File.OpenRead(PathOf(sha256));

    private string PathOf(string sha256) => Path.Combine(_root, sha256[..2], sha256);
}
