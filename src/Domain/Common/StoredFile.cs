using PapiTracker.Domain.Auditing;

namespace PapiTracker.Domain.Common;

/// <summary>An accepted upload as the entity that keeps it receives it: name, type (checked by content), size, hash, who and when.</summary>
public sealed record FileUpload(string FileName, string ContentType, long SizeBytes, string Sha256, DateTimeOffset UploadedAt, Guid? UploadedBy);

/// <summary>
/// A file kept with a record (evidence with a progress report, a document with a report). The bytes live outside the
/// database, stored once per content hash, so several rows may name the same bytes; the row says what the file is
/// called, what it is, and who sent it when. Each kind keeps its own table; this is what they share.
/// </summary>
public abstract class StoredFile : IAudited
{
    public const int FileNameMaxLength = 255;
    public const int ContentTypeMaxLength = 100;

    public const long MaxBytes = 20 * 1024 * 1024;

    private string? _unitPath;

    private protected StoredFile() { }

    private protected StoredFile(FileUpload upload, string unitPath)
    {
        _unitPath = unitPath;
        FileName = Path.GetFileName(upload.FileName);
        ContentType = upload.ContentType;
        SizeBytes = upload.SizeBytes;
        Sha256 = upload.Sha256;
        UploadedAt = upload.UploadedAt;
        UploadedBy = upload.UploadedBy;
    }

    public long Id { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long SizeBytes { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the content: the key of the stored bytes.</summary>
    public string Sha256 { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }
    public Guid? UploadedBy { get; private set; }

    string? IAudited.AuditUnitPath => _unitPath;

    /// <summary>The unit whose trail records the next change (a removal, say), for a row loaded without it.</summary>
    private protected void AuditUnder(string unitPath) => _unitPath = unitPath;
}
