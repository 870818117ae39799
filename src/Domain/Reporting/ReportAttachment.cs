using PapiTracker.Domain.Auditing;
using PapiTracker.Domain.Common;

namespace PapiTracker.Domain.Reporting;

/// <summary>A file sent with a report (tài liệu kèm theo), such as the signed unit plan. Bytes are stored once per content hash.</summary>
public sealed class ReportAttachment : IAudited
{
    public const int FileNameMaxLength = 255;
    public const long MaxBytes = 20 * 1024 * 1024;

    private string? _unitPath;

    private ReportAttachment() { }

    public long Id { get; private set; }
    public int SubmissionId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long SizeBytes { get; private set; }
    public string Sha256 { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }
    public Guid? UploadedBy { get; private set; }

    string? IAudited.AuditUnitPath => _unitPath;

    public static ReportAttachment Attach(ReportSubmission submission, string unitPath, string fileName, string contentType, long sizeBytes, string sha256,
        DateTimeOffset uploadedAt, Guid? uploadedBy)
    {
        submission.EnsureEditable();
        return new ReportAttachment
        {
            SubmissionId = submission.Id, _unitPath = unitPath, FileName = Path.GetFileName(fileName), ContentType = contentType,
            SizeBytes = sizeBytes, Sha256 = sha256, UploadedAt = uploadedAt, UploadedBy = uploadedBy,
        };
    }

    /// <summary>
    /// Checks that the file may come off its report (the caller deletes it): the report is still being written and the
    /// file is not the unit plan's signed document, which is replaced by naming another first.
    /// </summary>
    public void EnsureRemovableFrom(ReportSubmission submission, string unitPath)
    {
        submission.EnsureEditable();
        if (submission.UnitPlanDocumentId == Id)
            throw new DomainException(Messages.SignedDocumentStays);
        _unitPath = unitPath;
    }
}
