using PapiTracker.Domain.Common;

namespace PapiTracker.Domain.Reporting;

/// <summary>A file sent with a report (tài liệu kèm theo), such as the signed unit plan.</summary>
public sealed class ReportAttachment : StoredFile
{
    private ReportAttachment() { }

    private ReportAttachment(ReportSubmission submission, string unitPath, FileUpload upload) : base(upload, unitPath) =>
        SubmissionId = submission.Id;

    public int SubmissionId { get; private set; }

    public static ReportAttachment Attach(ReportSubmission submission, string unitPath, FileUpload upload)
    {
        submission.EnsureEditable();
        return new ReportAttachment(submission, unitPath, upload);
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
        AuditUnder(unitPath);
    }
}
