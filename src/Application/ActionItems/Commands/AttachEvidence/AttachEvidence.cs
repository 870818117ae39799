using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Documents;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Plans;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.ActionItems.Commands.AttachEvidence;

/// <summary>
/// Attaches a file (PDF, DOCX, XLSX, JPG, PNG, at most 20 MB) to a progress report, by someone who
/// may report for its unit. Type is checked by content and name (415), size while streaming (413); a PDF's signatures on the way in.
/// </summary>
[RequiresPermission(Permission.RecordProgress)]
public sealed record AttachEvidenceCommand(long ProgressId, Stream Content, string FileName, long Length) : ICommand<EvidenceDto>, IFileUploadCommand;

public sealed class AttachEvidenceCommandValidator : AbstractValidator<AttachEvidenceCommand>
{
    public AttachEvidenceCommandValidator()
    {
        this.ValidateUpload();
    }
}

public sealed class AttachEvidenceCommandHandler(
    IApplicationDbContext db, AccessControl access, IFileStore files, ISignatureVerifier signatures, TimeProvider clock)
    : ICommandHandler<AttachEvidenceCommand, EvidenceDto>
{
    public async ValueTask<EvidenceDto> Handle(AttachEvidenceCommand command, CancellationToken cancellationToken)
    {
        StoredFiles.EnsureWithinLimit(command);
        var plans = (await db.VisiblePlansAsync(access, cancellationToken)).Select(p => p.Id);
        var found = await (from progress in db.ActionProgress
                           where progress.Id == command.ProgressId
                           join action in db.ActionItems on progress.ActionItemId equals action.Id
                           where plans.Contains(action.PlanId)
                           join unit in db.OrgUnits on progress.UnitId equals unit.Id
                           select new { progress, unit.Path }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Messages.Resources.ProgressReport, command.ProgressId);
        await access.EnsureCanWriteAsync(Permission.RecordProgress, found.Path, cancellationToken);

        var upload = await files.SaveUploadAsync(command, "minh-chung", clock, access.Caller.UserId, cancellationToken);
        var evidence = EvidenceFile.Attach(found.progress, found.Path, upload);
        db.EvidenceFiles.Add(evidence);
        var check = await db.CheckSignaturesAsync(signatures, files, upload.Sha256, upload.ContentType, clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return EvidenceDto.From(evidence, DocumentSignatures.Of(check));
    }
}
