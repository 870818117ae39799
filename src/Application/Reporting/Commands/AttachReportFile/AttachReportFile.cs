using FluentValidation;
using Mediator;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Documents;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Reporting;

namespace PapiTracker.Application.Reporting.Commands.AttachReportFile;

/// <summary>
/// Attaches a file to a report still being written (PDF, DOCX, XLSX, JPG, PNG, at most 20 MB; type by content),
/// by someone who may report for its unit. The signed unit plan is one of these, named in the draft. A PDF's signatures
/// are checked on the way in.
/// </summary>
[RequiresPermission(Permission.RecordProgress)]
public sealed record AttachReportFileCommand(int SubmissionId, Stream Content, string FileName, long Length) : ICommand<AttachmentDto>, IFileUploadCommand;

public sealed class AttachReportFileCommandValidator : AbstractValidator<AttachReportFileCommand>
{
    public AttachReportFileCommandValidator()
    {
        this.ValidateUpload();
    }
}

public sealed class AttachReportFileCommandHandler(
    IApplicationDbContext db, AccessControl access, IFileStore files, ISignatureVerifier signatures, TimeProvider clock)
    : ICommandHandler<AttachReportFileCommand, AttachmentDto>
{
    public async ValueTask<AttachmentDto> Handle(AttachReportFileCommand command, CancellationToken cancellationToken)
    {
        StoredFiles.EnsureWithinLimit(command);
        var (submission, context) = await db.SubmissionAsync(command.SubmissionId, cancellationToken);
        await access.EnsureCanWriteAsync(Permission.RecordProgress, context.UnitPath, cancellationToken);
        submission.EnsureEditable();

        var upload = await files.SaveUploadAsync(command, "tai-lieu", clock, access.Caller.UserId, cancellationToken);
        var attachment = ReportAttachment.Attach(submission, context.UnitPath, upload);
        db.ReportAttachments.Add(attachment);
        var check = await db.CheckSignaturesAsync(signatures, files, upload.Sha256, upload.ContentType, clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return AttachmentDto.From(attachment, DocumentSignatures.Of(check));
    }
}
