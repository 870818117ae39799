using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Documents;
using PapiTracker.Domain.Reporting;

namespace PapiTracker.Application.Reporting.Commands.SubmitReport;

/// <summary>
/// The unit head (or a coordinator over the unit) sends the report up, or one of its officers where the unit
/// allows it; on time or late by the server's clock.
/// What is sent (narratives, each action's state from the progress log, attachments) is frozen as a new version.
/// With <c>Signatures__UnitPlanMustBeValid</c> a unit plan goes only with a validly signed document.
/// </summary>
[RequiresPermission(Permission.SubmitReports)]
[RequiresPermission(Permission.RecordProgress)]
public sealed record SubmitReportCommand(int SubmissionId) : ICommand<SubmissionDto>;

public sealed class SubmitReportCommandHandler(IApplicationDbContext db, AccessControl access, SignaturePolicy signatures, TimeProvider clock)
    : ICommandHandler<SubmitReportCommand, SubmissionDto>
{
    public async ValueTask<SubmissionDto> Handle(SubmitReportCommand command, CancellationToken cancellationToken)
    {
        var (submission, context) = await db.SubmissionAsync(command.SubmissionId, cancellationToken);
        await EnsureMaySubmitAsync(context, cancellationToken);
        if (signatures.UnitPlanMustBeValid && context.Period.Kind == ReportingPeriodKind.UnitPlan && submission.UnitPlanDocumentId is { } documentId)
            await EnsureValidlySignedAsync(documentId, cancellationToken);
        var content = await db.ReportContentAsync(submission, context, cancellationToken);
        submission.Submit(context.Period, context.Obligation, content.ToJson(), clock.GetUtcNow(), access.Caller.UserId, context.UnitPath);
        await db.SaveChangesAsync(cancellationToken);
        return await db.SubmissionDtoAsync(submission, context, cancellationToken);
    }

    /// <summary>Where the operator asks for it, the unit plan's signed document must have been checked valid (409 otherwise, with its state).</summary>
    private async Task EnsureValidlySignedAsync(long documentId, CancellationToken ct)
    {
        var state = await (from a in db.ReportAttachments
                           where a.Id == documentId
                           join c in db.DocumentSignatureChecks on a.Sha256 equals c.Sha256
                           select (SignatureState?)c.State).SingleOrDefaultAsync(ct);
        if (state != SignatureState.Valid)
            throw new DomainException(Messages.UnitPlanNeedsValidSignature((state ?? SignatureState.NotSigned).ToString()));
    }

    private async Task EnsureMaySubmitAsync(ObligationContext context, CancellationToken ct)
    {
        if ((await access.ScopeAsync(Permission.SubmitReports, ct)).Covers(context.UnitPath))
            return;
        var officersMay = await db.OrgUnits.Where(u => u.Id == context.Obligation.UnitId).Select(u => u.OfficersMaySubmit).SingleAsync(ct);
        if (!officersMay)
            throw new ForbiddenAccessException(Messages.HeadSubmits);
        await access.EnsureCanWriteAsync(Permission.RecordProgress, context.UnitPath, ct);
    }
}
