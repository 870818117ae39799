using PapiTracker.Domain.Auditing;

namespace PapiTracker.Domain.Documents;

/// <summary>
/// A document PapiTracker generated (today the consolidated report of a period for a receiving unit), as the province's
/// signing service signed it. Kept only when its signature checked valid; the bytes are stored once per content hash.
/// </summary>
public sealed class SignedDocument : IAudited
{
    public const int FileNameMaxLength = 255;

    private string? _unitPath;

    private SignedDocument() { }

    public long Id { get; private set; }
    public int PeriodId { get; private set; }
    public int UnitId { get; private set; }
    public string FileName { get; private set; } = "";
    public string Sha256 { get; private set; } = "";
    public long SizeBytes { get; private set; }
    public DateTimeOffset KeptAt { get; private set; }
    public Guid? KeptBy { get; private set; }

    string? IAudited.AuditUnitPath => _unitPath;

    public static SignedDocument Keep(int periodId, int unitId, string unitPath, string fileName, string sha256, long sizeBytes,
        DateTimeOffset keptAt, Guid? keptBy) => new()
    {
        PeriodId = periodId, UnitId = unitId, _unitPath = unitPath, FileName = fileName, Sha256 = sha256, SizeBytes = sizeBytes,
        KeptAt = keptAt, KeptBy = keptBy,
    };
}
