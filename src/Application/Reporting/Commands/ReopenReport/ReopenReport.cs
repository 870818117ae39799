using FluentValidation;
using Mediator;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Reporting;

namespace PapiTracker.Application.Reporting.Commands.ReopenReport;

/// <summary>
/// The receiving unit opens an approved report again so its unit can correct it (audited, with the reason).
/// Its level's sign-off, if given, is withdrawn: the level must be approved again.
/// </summary>
[RequiresPermission(Permission.ReviewReports)]
public sealed record ReopenReportCommand(int SubmissionId, string Reason) : ICommand<SubmissionDto>;

public sealed class ReopenReportCommandValidator : AbstractValidator<ReopenReportCommand>
{
    public ReopenReportCommandValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(ReportSubmission.ReasonMaxLength);
}

public sealed class ReopenReportCommandHandler(IApplicationDbContext db, AccessControl access, TimeProvider clock) : ICommandHandler<ReopenReportCommand, SubmissionDto>
{
    public async ValueTask<SubmissionDto> Handle(ReopenReportCommand command, CancellationToken cancellationToken)
    {
        var (submission, context) = await db.SubmissionAsync(command.SubmissionId, cancellationToken);
        await access.EnsureCanWriteAsync(Permission.ReviewReports, context.RecipientPath, cancellationToken);
        submission.Reopen(command.Reason, clock.GetUtcNow(), access.Caller.UserId, context.UnitPath);
        db.LevelApprovals.RemoveRange(db.LevelApprovals.Where(a => a.PeriodId == context.Period.Id && a.UnitId == context.Obligation.RecipientId));
        await db.SaveChangesAsync(cancellationToken);
        return await db.SubmissionDtoAsync(submission, context, cancellationToken);
    }
}
