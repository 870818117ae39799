using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Reporting.Commands.RemoveReportAttachment;

/// <summary>
/// Takes a file off a report still being written, by someone who may report for its unit. A file that a sent version
/// carries stays: the receiver read it, and that version must keep downloading it.
/// </summary>
[RequiresPermission(Permission.RecordProgress)]
public sealed record RemoveReportAttachmentCommand(long Id) : ICommand;

public sealed class RemoveReportAttachmentCommandHandler(IApplicationDbContext db, AccessControl access) : ICommandHandler<RemoveReportAttachmentCommand>
{
    public async ValueTask<Unit> Handle(RemoveReportAttachmentCommand command, CancellationToken cancellationToken)
    {
        var attachment = await db.ReportAttachments.SingleOrDefaultAsync(a => a.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(Messages.Resources.ReportAttachment, command.Id);
        var (submission, context) = await db.SubmissionAsync(attachment.SubmissionId, cancellationToken);
        await access.EnsureCanWriteAsync(Permission.RecordProgress, context.UnitPath, cancellationToken);
        attachment.EnsureRemovableFrom(submission, context.UnitPath);
        var sentWith = submission.Versions.FirstOrDefault(v => ReportContent.FromJson(v.Content).Attachments.Any(a => a.Id == attachment.Id));
        if (sentWith is not null)
            throw new DomainException(Messages.FileSentWithVersion(sentWith.Number));

        db.ReportAttachments.Remove(attachment);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
