using PapiTracker.Domain.Common;

namespace PapiTracker.Domain.Plans;

/// <summary>A file attached to a progress report as evidence (minh chứng); this row says whose report it belongs to.</summary>
public sealed class EvidenceFile : StoredFile
{
    private EvidenceFile() { }

    private EvidenceFile(ActionProgress progress, string unitPath, FileUpload upload) : base(upload, unitPath)
    {
        ActionProgressId = progress.Id;
        UnitId = progress.UnitId;
    }

    public long ActionProgressId { get; private set; }

    /// <summary>The reporting unit, copied from the report, so downloads are scoped without a join.</summary>
    public int UnitId { get; private set; }

    public static EvidenceFile Attach(ActionProgress progress, string unitPath, FileUpload upload) => new(progress, unitPath, upload);
}
