using FluentValidation;
using Mediator;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Plans;

namespace PapiTracker.Application.Plans.Commands.ChangePlanStatus;

/// <summary>Puts a plan in force or closes it (a closed plan does not reopen).</summary>
[RequiresPermission(Permission.ManagePlans)]
public sealed record ChangePlanStatusCommand(int PlanId, PlanStatus Status) : ICommand;

public sealed class ChangePlanStatusCommandValidator : AbstractValidator<ChangePlanStatusCommand>
{
    public ChangePlanStatusCommandValidator() => RuleFor(c => c.Status).IsInEnum();
}

public sealed class ChangePlanStatusCommandHandler(IApplicationDbContext db, AccessControl access) : ICommandHandler<ChangePlanStatusCommand>
{
    public async ValueTask<Unit> Handle(ChangePlanStatusCommand command, CancellationToken cancellationToken)
    {
        var (plan, _) = await db.PlanToChangeAsync(access, command.PlanId, cancellationToken);
        plan.MoveTo(command.Status);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
