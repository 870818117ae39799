using FluentValidation;
using Mediator;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Reporting;

namespace PapiTracker.Application.Reporting.Submissions;

/// <summary>The unit head (or a coordinator over the unit) sends the report up; on time or late by the server's clock.</summary>
[RequiresPermission(Permission.SubmitReports)]
public sealed record SubmitReportCommand(int SubmissionId) : ICommand<SubmissionDto>;

/// <summary>The receiving unit sends a report back, with a reason it must give.</summary>
[RequiresPermission(Permission.ReviewReports)]
public sealed record ReturnReportCommand(int SubmissionId, string Reason) : ICommand<SubmissionDto>;

/// <summary>The receiving unit approves a submitted report; it is locked from then on.</summary>
[RequiresPermission(Permission.ReviewReports)]
public sealed record ApproveReportCommand(int SubmissionId) : ICommand<SubmissionDto>;

public sealed class ReturnReportCommandValidator : AbstractValidator<ReturnReportCommand>
{
    public ReturnReportCommandValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(ReportSubmission.ReasonMaxLength);
}

public sealed class ReviewCommandHandlers(IApplicationDbContext db, AccessControl access, TimeProvider clock) :
    ICommandHandler<SubmitReportCommand, SubmissionDto>,
    ICommandHandler<ReturnReportCommand, SubmissionDto>,
    ICommandHandler<ApproveReportCommand, SubmissionDto>
{
    public async ValueTask<SubmissionDto> Handle(SubmitReportCommand command, CancellationToken cancellationToken)
    {
        var (submission, context) = await db.SubmissionAsync(command.SubmissionId, cancellationToken);
        await access.EnsureCanWriteAsync(Permission.SubmitReports, context.UnitPath, cancellationToken);
        submission.Submit(context.Period, context.Obligation, clock.GetUtcNow(), access.Caller.UserId);
        await db.SaveChangesAsync(cancellationToken);
        return SubmissionDto.From(submission);
    }

    public async ValueTask<SubmissionDto> Handle(ReturnReportCommand command, CancellationToken cancellationToken)
    {
        var (submission, context) = await db.SubmissionAsync(command.SubmissionId, cancellationToken);
        await access.EnsureCanWriteAsync(Permission.ReviewReports, context.RecipientPath, cancellationToken);
        submission.Return(command.Reason, clock.GetUtcNow(), access.Caller.UserId);
        await db.SaveChangesAsync(cancellationToken);
        return SubmissionDto.From(submission);
    }

    public async ValueTask<SubmissionDto> Handle(ApproveReportCommand command, CancellationToken cancellationToken)
    {
        var (submission, context) = await db.SubmissionAsync(command.SubmissionId, cancellationToken);
        await access.EnsureCanWriteAsync(Permission.ReviewReports, context.RecipientPath, cancellationToken);
        submission.Approve(clock.GetUtcNow(), access.Caller.UserId);
        await db.SaveChangesAsync(cancellationToken);
        return SubmissionDto.From(submission);
    }
}
