using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Documents;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Documents.Commands.RecheckSignatures;

/// <summary>
/// Checks a stored PDF's signatures again, typically after the operator added a CA to the trust list. Anyone who may
/// download a file with these bytes (a report attachment on the reporting or receiving side, or evidence in scope) may
/// ask: it changes nothing but the recorded check. Any other hash is told it does not exist.
/// </summary>
[RequiresPermission(Permission.ReadPlans)]
public sealed record RecheckSignaturesCommand(string Sha256) : ICommand<DocumentSignatureDto>;

public sealed class RecheckSignaturesCommandValidator : AbstractValidator<RecheckSignaturesCommand>
{
    public RecheckSignaturesCommandValidator() => RuleFor(c => c.Sha256).Matches("^[0-9a-f]{64}$");
}

public sealed class RecheckSignaturesCommandHandler(
    IApplicationDbContext db, AccessControl access, IFileStore files, ISignatureVerifier verifier, TimeProvider clock)
    : ICommandHandler<RecheckSignaturesCommand, DocumentSignatureDto>
{
    public async ValueTask<DocumentSignatureDto> Handle(RecheckSignaturesCommand command, CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(Permission.ReadPlans, cancellationToken);
        var units = db.OrgUnits.Within(scope).Select(u => u.Id);
        var attachments = from a in db.ReportAttachments
                          where a.Sha256 == command.Sha256
                          join s in db.ReportSubmissions on a.SubmissionId equals s.Id
                          join o in db.ReportObligations on s.ObligationId equals o.Id
                          where units.Contains(o.UnitId) || units.Contains(o.RecipientId)
                          select a.ContentType;
        var evidence = db.EvidenceFiles.Where(f => f.Sha256 == command.Sha256 && units.Contains(f.UnitId)).Select(f => f.ContentType);
        var contentType = await attachments.Concat(evidence).FirstOrDefaultAsync(cancellationToken);
        if (contentType != DocumentSignatures.PdfContentType)
            throw new NotFoundException(Messages.Resources.StoredDocument, command.Sha256);
        var check = await db.CheckSignaturesAsync(verifier, files, command.Sha256, contentType, clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return DocumentSignatureDto.From(check!);
    }
}
