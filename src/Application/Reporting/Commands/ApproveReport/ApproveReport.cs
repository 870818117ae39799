using Mediator;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;

namespace PapiTracker.Application.Reporting.Commands.ApproveReport;

/// <summary>The receiving unit approves a submitted report; it is locked from then on.</summary>
[RequiresPermission(Permission.ReviewReports)]
public sealed record ApproveReportCommand(int SubmissionId) : ICommand<SubmissionDto>;

public sealed class ApproveReportCommandHandler(IApplicationDbContext db, AccessControl access, TimeProvider clock) : ICommandHandler<ApproveReportCommand, SubmissionDto>
{
    public async ValueTask<SubmissionDto> Handle(ApproveReportCommand command, CancellationToken cancellationToken)
    {
        var (submission, context) = await db.SubmissionAsync(command.SubmissionId, cancellationToken);
        await access.EnsureCanWriteAsync(Permission.ReviewReports, context.RecipientPath, cancellationToken);
        submission.Approve(clock.GetUtcNow(), access.Caller.UserId, context.UnitPath);
        await db.SaveChangesAsync(cancellationToken);
        return await db.SubmissionDtoAsync(submission, context, cancellationToken);
    }
}
