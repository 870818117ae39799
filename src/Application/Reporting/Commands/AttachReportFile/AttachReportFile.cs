using FluentValidation;
using Mediator;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Reporting;
using PapiTracker.Domain.Common;
using PapiTracker.Application.Common.Validation;

namespace PapiTracker.Application.Reporting.Commands.AttachReportFile;

/// <summary>
/// Attaches a file to a report still being written (PDF, DOCX, XLSX, JPG, PNG, at most 20 MB; type by content),
/// by someone who may report for its unit. The signed unit plan is one of these, named in the draft. A PDF's signatures
/// are checked on the way in.
/// </summary>
[RequiresPermission(Permission.RecordProgress)]
public sealed record AttachReportFileCommand(int SubmissionId, Stream Content, string FileName, long Length) : ICommand<AttachmentDto>;

public sealed class AttachReportFileCommandValidator : AbstractValidator<AttachReportFileCommand>
{
    public AttachReportFileCommandValidator()
    {
        RuleFor(c => c.FileName).NotEmpty().MaximumLength(ReportAttachment.FileNameMaxLength);
        RuleFor(c => c.Length).GreaterThan(0).WithText(Messages.FileEmpty).OverridePropertyName("file");
    }
}

public sealed class AttachReportFileCommandHandler(
    IApplicationDbContext db, AccessControl access, IFileStore files, ISignatureVerifier signatures, TimeProvider clock)
    : ICommandHandler<AttachReportFileCommand, AttachmentDto>
{
    public async ValueTask<AttachmentDto> Handle(AttachReportFileCommand command, CancellationToken cancellationToken)
    {
        if (command.Length > ReportAttachment.MaxBytes)
            throw new PayloadTooLargeException(ReportAttachment.MaxBytes);
        var (submission, context) = await db.SubmissionAsync(command.SubmissionId, cancellationToken);
        await access.EnsureCanWriteAsync(Permission.RecordProgress, context.UnitPath, cancellationToken);
        submission.EnsureEditable();

        var fileName = UploadedFileNames.Safe(command.FileName, "tai-lieu");
        var (contentType, stored) = await files.SaveCheckedAsync(command.Content, fileName, ReportAttachment.MaxBytes, cancellationToken);
        var attachment = ReportAttachment.Attach(submission, context.UnitPath, fileName, contentType, stored.SizeBytes, stored.Sha256,
            clock.GetUtcNow(), access.Caller.UserId);
        db.ReportAttachments.Add(attachment);
        var check = await db.CheckSignaturesAsync(signatures, files, stored.Sha256, contentType, clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return AttachmentDto.From(attachment, DocumentSignatures.Of(check));
    }
}
