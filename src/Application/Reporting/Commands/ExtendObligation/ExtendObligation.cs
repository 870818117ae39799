using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Reporting;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Reporting.Commands.ExtendObligation;

/// <summary>A coordinator over the reporting unit grants it a later deadline, with a reason.</summary>
[RequiresPermission(Permission.ManagePlans)]
public sealed record ExtendObligationCommand(int ObligationId, DateOnly ExtendedTo, string Reason) : ICommand<ObligationDto>;

public sealed class ExtendObligationCommandValidator : AbstractValidator<ExtendObligationCommand>
{
    public ExtendObligationCommandValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(ReportObligation.ReasonMaxLength);
}

public sealed class ExtendObligationCommandHandler(IApplicationDbContext db, AccessControl access) : ICommandHandler<ExtendObligationCommand, ObligationDto>
{
    public async ValueTask<ObligationDto> Handle(ExtendObligationCommand command, CancellationToken cancellationToken)
    {
        var obligation = await db.ReportObligations.SingleOrDefaultAsync(o => o.Id == command.ObligationId, cancellationToken)
            ?? throw new NotFoundException(Messages.Resources.ReportObligation, command.ObligationId);
        var (period, _, _) = await db.VisiblePeriodAsync(access, obligation.PeriodId, cancellationToken);
        var unit = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == obligation.UnitId, cancellationToken);
        var recipient = await db.OrgUnits.AsNoTracking().Where(u => u.Id == obligation.RecipientId).Select(u => u.NameVi).SingleAsync(cancellationToken);
        await access.EnsureCanWriteAsync(Permission.ManagePlans, unit.Path, cancellationToken);

        if (command.ExtendedTo <= period.DueOn)
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("extendedTo", Messages.ExtensionBeforeDueDay(period.DueOn))]);
        obligation.Extend(period, command.ExtendedTo, command.Reason, unit.Path);
        await db.SaveChangesAsync(cancellationToken);
        return new ObligationDto(obligation.Id, period.Id, unit.Id, unit.NameVi, obligation.RecipientId, recipient, command.ExtendedTo, obligation.ExtendedTo,
            obligation.ExtensionReason);
    }
}
