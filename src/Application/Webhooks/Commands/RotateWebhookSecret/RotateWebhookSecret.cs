using Mediator;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Webhooks;

namespace PapiTracker.Application.Webhooks.Commands.RotateWebhookSecret;

/// <summary>
/// Gives a subscription a new secret, shown in this response only. For <see cref="Overlap"/> both secrets sign every
/// message (two signatures in <c>webhook-signature</c>), so the receiver can switch to the new one without a gap.
/// </summary>
[RequiresPermission(Permission.ManageWebhooks)]
public sealed record RotateWebhookSecretCommand(int Id) : ICommand<RotatedWebhookSecretDto>
{
    public static readonly TimeSpan Overlap = TimeSpan.FromHours(24);
}

public sealed record RotatedWebhookSecretDto(string Secret, DateTimeOffset PreviousSecretUntil);

public sealed class RotateWebhookSecretCommandHandler(IApplicationDbContext db, AccessControl access, TimeProvider clock)
    : ICommandHandler<RotateWebhookSecretCommand, RotatedWebhookSecretDto>
{
    public async ValueTask<RotatedWebhookSecretDto> Handle(RotateWebhookSecretCommand command, CancellationToken cancellationToken)
    {
        var subscription = await db.ManagedAsync(access, command.Id, cancellationToken);
        var secret = WebhookSecrets.NewSecret();
        subscription.RotateSecret(secret, clock.GetUtcNow(), RotateWebhookSecretCommand.Overlap);
        await db.SaveChangesAsync(cancellationToken);
        return new RotatedWebhookSecretDto(secret, subscription.PreviousSecretUntil!.Value);
    }
}
