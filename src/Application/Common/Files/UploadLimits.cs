using PapiTracker.Application.Common.Exceptions;

namespace PapiTracker.Application.Common.Files;

public static class UploadLimits
{
    /// <summary>Largest table a use case imports; over it the upload is refused with 413.</summary>
    public const long MaxTableBytes = 10 * 1024 * 1024;

    /// <summary>What a compressed table (XLSX) may unpack to; beyond it the file is a zip bomb, refused with 413.</summary>
    public const long MaxUnpackedTableBytes = 64 * 1024 * 1024;

    public static void EnsureTableSize(long length)
    {
        if (length > MaxTableBytes)
            throw new PayloadTooLargeException(MaxTableBytes);
    }
}
