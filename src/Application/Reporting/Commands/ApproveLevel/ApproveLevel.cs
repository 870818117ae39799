using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Reporting;

namespace PapiTracker.Application.Reporting.Commands.ApproveLevel;

/// <summary>
/// A receiving unit signs off its level of a period once every report owed to it is approved; with
/// reports still open it needs an override reason, and the number left open is kept with it.
/// </summary>
[RequiresPermission(Permission.ReviewReports)]
public sealed record ApproveLevelCommand(int PeriodId, int UnitId, string? OverrideReason) : ICommand<LevelApprovalDto>;

public sealed class ApproveLevelCommandValidator : AbstractValidator<ApproveLevelCommand>
{
    public ApproveLevelCommandValidator() => RuleFor(c => c.OverrideReason).MaximumLength(LevelApproval.ReasonMaxLength);
}

public sealed class ApproveLevelCommandHandler(IApplicationDbContext db, AccessControl access, TimeProvider clock) : ICommandHandler<ApproveLevelCommand, LevelApprovalDto>
{
    public async ValueTask<LevelApprovalDto> Handle(ApproveLevelCommand command, CancellationToken cancellationToken)
    {
        var (period, _, _) = await db.VisiblePeriodAsync(access, command.PeriodId, cancellationToken);
        var unit = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == command.UnitId, cancellationToken)
            ?? throw new NotFoundException(Messages.Resources.Unit, command.UnitId);
        await access.EnsureCanWriteAsync(Permission.ReviewReports, unit.Path, cancellationToken);
        if (await db.LevelApprovals.AnyAsync(a => a.PeriodId == period.Id && a.UnitId == unit.Id, cancellationToken))
            throw new DomainException(Messages.LevelAlreadyApproved(unit.NameVi));

        var owed = db.Owed(period.Id, unit.Id);
        if (!await owed.AnyAsync(cancellationToken))
            throw new DomainException(Messages.NoLevelToApprove(unit.NameVi));
        var notApproved = await owed.CountAsync(s => s != SubmissionStatus.Approved, cancellationToken);

        var approval = LevelApproval.Approve(period, unit, notApproved, command.OverrideReason, clock.GetUtcNow(), access.Caller.UserId);
        db.LevelApprovals.Add(approval);
        await db.SaveChangesAsync(cancellationToken);
        return LevelApprovalDto.From(approval);
    }
}
