using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Reporting;

namespace PapiTracker.Application.Reporting.Submissions;

/// <summary>
/// Saves a unit's draft report (as often as wanted): a narrative per PAPI dimension. The first save
/// creates it; later saves need the version read (If-Match), so two officers never overwrite each other.
/// </summary>
[RequiresPermission(Permission.RecordProgress)]
public sealed record SaveSubmissionDraftCommand(int ObligationId, IReadOnlyDictionary<string, string> Narratives, IfMatch IfMatch)
    : ICommand<Versioned<SubmissionDto>>;

public sealed class SaveSubmissionDraftCommandValidator : AbstractValidator<SaveSubmissionDraftCommand>
{
    public SaveSubmissionDraftCommandValidator()
    {
        RuleForEach(c => c.Narratives).Must(n => n.Key.Length is > 0 and <= 2 && n.Key.All(char.IsDigit))
            .WithMessage("Narratives are keyed by dimension number (\"1\" … \"8\").");
        RuleForEach(c => c.Narratives).Must(n => n.Value is not null).WithMessage("A narrative is text, not null.");
        RuleForEach(c => c.Narratives).Must(n => n.Value is null || n.Value.Length <= ReportSubmission.NarrativeMaxLength)
            .WithMessage($"A narrative is at most {ReportSubmission.NarrativeMaxLength} characters.");
    }
}

public sealed class SaveSubmissionDraftCommandHandler(IApplicationDbContext db, AccessControl access)
    : ICommandHandler<SaveSubmissionDraftCommand, Versioned<SubmissionDto>>
{
    public async ValueTask<Versioned<SubmissionDto>> Handle(SaveSubmissionDraftCommand command, CancellationToken cancellationToken)
    {
        var context = await db.ObligationAsync(command.ObligationId, cancellationToken);
        await access.EnsureCanWriteAsync(Permission.RecordProgress, context.UnitPath, cancellationToken);

        var submission = await db.ReportSubmissions.SingleOrDefaultAsync(s => s.ObligationId == command.ObligationId, cancellationToken);
        if (submission is null)
        {
            submission = ReportSubmission.Draft(context.Obligation, context.UnitPath, command.Narratives);
            db.ReportSubmissions.Add(submission);
        }
        else
        {
            command.IfMatch.EnsureMatches(submission.Version);
            submission.Write(command.Narratives, context.UnitPath);
        }
        await db.SaveChangesAsync(cancellationToken);
        return new Versioned<SubmissionDto>(SubmissionDto.From(submission), submission.Version);
    }
}
