using Mediator;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;

namespace PapiTracker.Application.Reporting.Submissions;

/// <summary>
/// The unit head (or a coordinator over the unit) sends the report up; on time or late by the server's clock.
/// What is sent (narratives, each action's state from the progress log, attachments) is frozen as a new version.
/// </summary>
[RequiresPermission(Permission.SubmitReports)]
public sealed record SubmitReportCommand(int SubmissionId) : ICommand<SubmissionDto>;

public sealed class SubmitReportCommandHandler(IApplicationDbContext db, AccessControl access, TimeProvider clock) : ICommandHandler<SubmitReportCommand, SubmissionDto>
{
    public async ValueTask<SubmissionDto> Handle(SubmitReportCommand command, CancellationToken cancellationToken)
    {
        var (submission, context) = await db.SubmissionAsync(command.SubmissionId, cancellationToken);
        await access.EnsureCanWriteAsync(Permission.SubmitReports, context.UnitPath, cancellationToken);
        var content = await db.ReportContentAsync(submission, context, cancellationToken);
        submission.Submit(context.Period, context.Obligation, content.ToJson(), clock.GetUtcNow(), access.Caller.UserId);
        await db.SaveChangesAsync(cancellationToken);
        return await db.SubmissionDtoAsync(submission, context, cancellationToken);
    }
}
