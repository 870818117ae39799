using Mediator;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;

namespace PapiTracker.Application.Webhooks.Commands.DeleteWebhook;

/// <summary>Ends a subscription: nothing more is sent to it, and its delivery log goes with it.</summary>
[RequiresPermission(Permission.ManageWebhooks)]
public sealed record DeleteWebhookCommand(int Id) : ICommand;

public sealed class DeleteWebhookCommandHandler(IApplicationDbContext db, AccessControl access) : ICommandHandler<DeleteWebhookCommand>
{
    public async ValueTask<Unit> Handle(DeleteWebhookCommand command, CancellationToken cancellationToken)
    {
        db.WebhookSubscriptions.Remove(await db.ManagedAsync(access, command.Id, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
