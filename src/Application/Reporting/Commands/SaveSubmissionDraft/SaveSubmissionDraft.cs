using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Reporting;
using PapiTracker.Domain.Common;
using PapiTracker.Application.Common.Validation;

namespace PapiTracker.Application.Reporting.Commands.SaveSubmissionDraft;

/// <summary>
/// Saves a unit's draft report (as often as wanted): a narrative per PAPI dimension and, for the unit-plan
/// kind, the plan's number, date, document (one of the report's attachments) and committed actions. The first save
/// creates it; later saves need the version read (If-Match), so two officers never overwrite each other.
/// </summary>
[RequiresPermission(Permission.RecordProgress)]
public sealed record SaveSubmissionDraftCommand(int ObligationId, IReadOnlyDictionary<string, string> Narratives, UnitPlanDocument? UnitPlan, IfMatch IfMatch)
    : ICommand<Versioned<SubmissionDto>>;

public sealed class SaveSubmissionDraftCommandValidator : AbstractValidator<SaveSubmissionDraftCommand>
{
    /// <summary>Actions one unit plan commits to, at most.</summary>
    public const int MaxCommittedActions = 1000;

    public SaveSubmissionDraftCommandValidator()
    {
        RuleForEach(c => c.Narratives).Must(n => n.Key.Length is > 0 and <= 2 && n.Key.All(char.IsDigit))
            .WithText(Messages.NarrativeKeys);
        RuleForEach(c => c.Narratives).Must(n => n.Value is not null).WithText(Messages.NarrativeNotNull);
        RuleForEach(c => c.Narratives).Must(n => n.Value is null || n.Value.Length <= ReportSubmission.NarrativeMaxLength)
            .WithText(Messages.NarrativeAtMost(ReportSubmission.NarrativeMaxLength));
        RuleFor(c => c.UnitPlan!.Number).MaximumLength(ReportSubmission.DocumentNumberMaxLength).When(c => c.UnitPlan is not null);
        RuleFor(c => c.UnitPlan!.CommittedActionIds).NotNull()
            .MaxItems(MaxCommittedActions).WithText(Messages.AtMostEntries(MaxCommittedActions))
            .When(c => c.UnitPlan is not null);
    }
}

public sealed class SaveSubmissionDraftCommandHandler(IApplicationDbContext db, AccessControl access)
    : ICommandHandler<SaveSubmissionDraftCommand, Versioned<SubmissionDto>>
{
    public async ValueTask<Versioned<SubmissionDto>> Handle(SaveSubmissionDraftCommand command, CancellationToken cancellationToken)
    {
        var context = await db.ObligationAsync(command.ObligationId, cancellationToken);
        await access.EnsureCanWriteAsync(Permission.RecordProgress, context.UnitPath, cancellationToken);

        var submission = await db.ReportSubmissions.Include(s => s.Versions).SingleOrDefaultAsync(s => s.ObligationId == command.ObligationId, cancellationToken);
        if (submission is null)
        {
            // The plan document is one of the report's own attachments, so it can be named only once the report exists.
            if (command.UnitPlan?.DocumentId is not null)
                throw new ValidationException([new ValidationFailure("unitPlan.documentId", Messages.SaveDraftFirst)]);
            submission = ReportSubmission.Draft(context.Obligation, context.UnitPath, command.Narratives, command.UnitPlan);
            db.ReportSubmissions.Add(submission);
        }
        else
        {
            command.IfMatch.EnsureMatches(submission.Version);
            await EnsureOwnAttachmentAsync(submission, command.UnitPlan?.DocumentId, cancellationToken);
            submission.Write(command.Narratives, command.UnitPlan, context.UnitPath);
        }
        await EnsurePlanActionsAsync(context, command.UnitPlan, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new Versioned<SubmissionDto>(await db.SubmissionDtoAsync(submission, context, cancellationToken), submission.Version);
    }

    private async Task EnsureOwnAttachmentAsync(ReportSubmission submission, long? documentId, CancellationToken ct)
    {
        if (documentId is { } id && !await db.ReportAttachments.AnyAsync(a => a.Id == id && a.SubmissionId == submission.Id, ct))
            throw new ValidationException([new ValidationFailure("unitPlan.documentId", Messages.DocumentMustBeAttachment)]);
    }

    private async Task EnsurePlanActionsAsync(ObligationContext context, UnitPlanDocument? unitPlan, CancellationToken ct)
    {
        if (unitPlan is null || unitPlan.CommittedActionIds.Count == 0)
            return;
        var known = await db.ActionItems.CountAsync(a => a.PlanId == context.Period.PlanId && unitPlan.CommittedActionIds.Contains(a.Id), ct);
        if (known != unitPlan.CommittedActionIds.Distinct().Count())
            throw new ValidationException([new ValidationFailure("unitPlan.committedActionIds", Messages.CommittedActionsOfPlan)]);
    }
}
