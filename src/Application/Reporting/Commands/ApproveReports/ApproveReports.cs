using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Application.Common.Validation;

namespace PapiTracker.Application.Reporting.Commands.ApproveReports;

/// <summary>
/// Bulk approval from the review inbox: every report listed is approved, or none is (403 when one is
/// not the caller's to review, 409 naming those not waiting for review).
/// </summary>
[RequiresPermission(Permission.ReviewReports)]
public sealed record ApproveReportsCommand(IReadOnlyList<int> SubmissionIds) : ICommand<IReadOnlyList<SubmissionDto>>;

public sealed class ApproveReportsCommandValidator : AbstractValidator<ApproveReportsCommand>
{
    public const int MaxReports = 500;

    public ApproveReportsCommandValidator() =>
        RuleFor(c => c.SubmissionIds).NotEmpty().MaxItems(MaxReports).WithText(Messages.ApproveAtMost(MaxReports));
}

public sealed class ApproveReportsCommandHandler(IApplicationDbContext db, AccessControl access, TimeProvider clock)
    : ICommandHandler<ApproveReportsCommand, IReadOnlyList<SubmissionDto>>
{
    public async ValueTask<IReadOnlyList<SubmissionDto>> Handle(ApproveReportsCommand command, CancellationToken cancellationToken)
    {
        var ids = command.SubmissionIds.Distinct().ToList();
        var submissions = await db.ReportSubmissions.Include(s => s.Versions).Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken);
        if (ids.Except(submissions.Select(s => s.Id)).FirstOrDefault() is var unknown and not 0)
            throw new NotFoundException(Messages.Resources.Report, unknown);

        var contexts = await db.ObligationsAsync(submissions.Select(s => s.ObligationId).ToList(), cancellationToken);
        var scope = await access.ScopeAsync(Permission.ReviewReports, cancellationToken);
        if (submissions.FirstOrDefault(s => !scope.Covers(contexts[s.ObligationId].RecipientPath)) is { } notOurs)
            throw new ForbiddenAccessException(Messages.ReportNotYoursToReview(notOurs.Id));

        var now = clock.GetUtcNow();
        var refused = new List<(long, Text)>();
        foreach (var submission in submissions)
        {
            try
            {
                submission.Approve(now, access.Caller.UserId, contexts[submission.ObligationId].UnitPath);
            }
            catch (DomainException e)
            {
                refused.Add((submission.Id, e.Text));
            }
        }
        if (refused.Count > 0)
            throw new DomainException(Messages.NothingApproved(refused));
        await db.SaveChangesAsync(cancellationToken);

        var approved = new List<SubmissionDto>();
        foreach (var submission in submissions.OrderBy(s => s.Id))
            approved.Add(await db.SubmissionDtoAsync(submission, contexts[submission.ObligationId], cancellationToken));
        return approved;
    }
}
