using PapiTracker.Domain.Auditing;

namespace PapiTracker.Domain.Plans;

/// <summary>
/// A file attached to a progress report as evidence (minh chứng). The bytes live outside the database,
/// stored once per content hash; this row says whose report it belongs to and what it is called.
/// </summary>
public sealed class EvidenceFile : IAudited
{
    public const int FileNameMaxLength = 255;
    public const long MaxBytes = 20 * 1024 * 1024;

    private string? _unitPath;

    private EvidenceFile() { }

    public long Id { get; private set; }
    public long ActionProgressId { get; private set; }

    /// <summary>The reporting unit, copied from the report, so downloads are scoped without a join.</summary>
    public int UnitId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long SizeBytes { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the content: the key of the stored bytes.</summary>
    public string Sha256 { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }
    public Guid? UploadedBy { get; private set; }

    string? IAudited.AuditUnitPath => _unitPath;

    public static EvidenceFile Attach(ActionProgress progress, string unitPath, string fileName, string contentType, long sizeBytes, string sha256,
        DateTimeOffset uploadedAt, Guid? uploadedBy) => new()
    {
        ActionProgressId = progress.Id,
        UnitId = progress.UnitId,
        _unitPath = unitPath,
        FileName = Path.GetFileName(fileName),
        ContentType = contentType,
        SizeBytes = sizeBytes,
        Sha256 = sha256,
        UploadedAt = uploadedAt,
        UploadedBy = uploadedBy,
    };
}
