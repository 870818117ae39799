using FluentValidation;
using Mediator;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Reporting;

namespace PapiTracker.Application.Reporting.Commands.ReturnReport;

/// <summary>The receiving unit sends a report back, with a reason it must give.</summary>
[RequiresPermission(Permission.ReviewReports)]
public sealed record ReturnReportCommand(int SubmissionId, string Reason) : ICommand<SubmissionDto>;

public sealed class ReturnReportCommandValidator : AbstractValidator<ReturnReportCommand>
{
    public ReturnReportCommandValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(ReportSubmission.ReasonMaxLength);
}

public sealed class ReturnReportCommandHandler(IApplicationDbContext db, AccessControl access, TimeProvider clock) : ICommandHandler<ReturnReportCommand, SubmissionDto>
{
    public async ValueTask<SubmissionDto> Handle(ReturnReportCommand command, CancellationToken cancellationToken)
    {
        var (submission, context) = await db.SubmissionAsync(command.SubmissionId, cancellationToken);
        await access.EnsureCanWriteAsync(Permission.ReviewReports, context.RecipientPath, cancellationToken);
        submission.Return(command.Reason, clock.GetUtcNow(), access.Caller.UserId, context.UnitPath);
        await db.SaveChangesAsync(cancellationToken);
        return await db.SubmissionDtoAsync(submission, context, cancellationToken);
    }
}
