using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Documents;
using PapiTracker.Application.Reporting.Queries.GetConsolidatedReport;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Documents;

namespace PapiTracker.Application.Reporting.Commands.SignConsolidatedReport;

/// <summary>A generated document as signed and kept; its bytes are at GET /api/v1/signed-documents/{id}.</summary>
public sealed record SignedDocumentDto(long Id, int PeriodId, int UnitId, string FileName, long SizeBytes, DateTimeOffset KeptAt, DocumentSignatureDto Signature);

/// <summary>
/// Has the consolidated report's PDF (as <c>…/consolidated-report.pdf</c> gives it, with <paramref name="Number"/>) signed
/// by the province's signing service, by a reviewer over the receiving unit. What comes back is kept only when it is the
/// same document with a signature added after it (an incremental update) and that signature checks valid (502 otherwise).
/// </summary>
[RequiresPermission(Permission.ReviewReports)]
public sealed record SignConsolidatedReportCommand(int PeriodId, int UnitId, int? Number) : ICommand<SignedDocumentDto>;

public sealed class SignConsolidatedReportCommandValidator : AbstractValidator<SignConsolidatedReportCommand>
{
    public SignConsolidatedReportCommandValidator() => RuleFor(c => c.Number).InclusiveBetween(1, 99999);
}

public sealed class SignConsolidatedReportCommandHandler(
    IApplicationDbContext db, AccessControl access, ISender sender, IDocumentSigner signer, ISignatureVerifier verifier, IFileStore files,
    TimeProvider clock) : ICommandHandler<SignConsolidatedReportCommand, SignedDocumentDto>
{
    public async ValueTask<SignedDocumentDto> Handle(SignConsolidatedReportCommand command, CancellationToken cancellationToken)
    {
        // Who may sign is settled before the document is rendered (seconds of LibreOffice); the query then checks what one sees.
        var unitPath = await db.OrgUnits.Where(u => u.Id == command.UnitId).Select(u => u.Path).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Messages.Resources.Unit, command.UnitId);
        await access.EnsureCanWriteAsync(Permission.ReviewReports, unitPath, cancellationToken);
        var report = await sender.Send(new GetConsolidatedReportQuery(command.PeriodId, command.UnitId, ConsolidatedFormat.Pdf, command.Number), cancellationToken);
        byte[] pdf;
        await using (report.Content)
        {
            using var buffer = new MemoryStream();
            await report.Content.CopyToAsync(buffer, cancellationToken);
            pdf = buffer.ToArray();
        }

        var signed = await signer.SignAsync(pdf, report.FileName, cancellationToken);
        if (!signed.AsSpan().StartsWith(pdf))
            throw new SignedCopyRejectedException(Messages.SignedCopyNotTheDocument.En);
        var state = verifier.Verify(signed).State;
        if (state != SignatureState.Valid)
            throw new SignedCopyRejectedException(state.ToString());

        var stored = await files.SaveAsync(new MemoryStream(signed), signed.Length, cancellationToken);
        var check = await db.CheckSignaturesAsync(verifier, files, stored.Sha256, DocumentSignatures.PdfContentType, clock.GetUtcNow(), cancellationToken);
        var fileName = Path.GetFileNameWithoutExtension(report.FileName) + "-da-ky.pdf";
        var document = SignedDocument.Keep(command.PeriodId, command.UnitId, unitPath, fileName, stored.Sha256, stored.SizeBytes, clock.GetUtcNow(),
            access.Caller.UserId);
        db.SignedDocuments.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        return new SignedDocumentDto(document.Id, document.PeriodId, document.UnitId, document.FileName, document.SizeBytes, document.KeptAt,
            DocumentSignatureDto.From(check!));
    }
}
