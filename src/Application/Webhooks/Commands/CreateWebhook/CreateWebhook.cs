using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Common.Validation;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Events;
using PapiTracker.Domain.Webhooks;

namespace PapiTracker.Application.Webhooks.Commands.CreateWebhook;

/// <summary>
/// Subscribes an endpoint to the events of a unit's subtree (none = every unit, for who acts everywhere), from now on,
/// of the given types (none = all). The response carries the signing secret, which is never shown again.
/// </summary>
[RequiresPermission(Permission.ManageWebhooks)]
public sealed record CreateWebhookCommand(string Name, string Url, int? UnitId = null, IReadOnlyList<IntegrationEventType>? EventTypes = null)
    : ICommand<CreatedWebhookDto>;

public sealed record CreatedWebhookDto(WebhookDto Webhook, string Secret);

public sealed class CreateWebhookCommandValidator : AbstractValidator<CreateWebhookCommand>
{
    public CreateWebhookCommandValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(WebhookSubscription.NameMaxLength);
        RuleFor(c => c.Url).NotEmpty().MaximumLength(WebhookSubscription.UrlMaxLength).Must(IsHttpUrl).WithText(Messages.WebhookUrlIsHttp);
        var types = Enum.GetValues<IntegrationEventType>().Length;
        RuleFor(c => c.EventTypes).MaxItems(types).WithText(Messages.AtMostEntries(types));
        RuleForEach(c => c.EventTypes).IsInEnum();
    }

    private static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.UserInfo.Length == 0;
}

public sealed class CreateWebhookCommandHandler(IApplicationDbContext db, AccessControl access, IWebhookTargets targets, TimeProvider clock)
    : ICommandHandler<CreateWebhookCommand, CreatedWebhookDto>
{
    public async ValueTask<CreatedWebhookDto> Handle(CreateWebhookCommand command, CancellationToken cancellationToken)
    {
        var unit = command.UnitId is { } unitId
            ? await db.OrgUnits.SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken)
                ?? throw new ValidationException([new ValidationFailure("unitId", Messages.UnitDoesNotExist(unitId))])
            : null;
        await access.EnsureCanWriteAsync(Permission.ManageWebhooks, unit?.Path, cancellationToken);
        var url = new Uri(command.Url);
        if (!await targets.IsAllowedAsync(url, cancellationToken))
            throw new ValidationException([new ValidationFailure("url", Messages.WebhookTargetNotPublic)]);

        // Heard from now on: the cursor starts at the last event already written.
        var last = await db.IntegrationEvents.OrderByDescending(e => e.TransactionId).ThenByDescending(e => e.Id)
            .Select(e => new { e.TransactionId, e.Id }).FirstOrDefaultAsync(cancellationToken);
        var secret = WebhookSecrets.NewSecret();
        var subscription = WebhookSubscription.Subscribe(command.Name, url, unit?.Id, command.EventTypes ?? [], secret,
            await OwnerAsync(cancellationToken), clock.GetUtcNow(), (last?.TransactionId ?? 0, last?.Id ?? 0));
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedWebhookDto(WebhookDto.From(subscription), secret);
    }

    /// <summary>Who hears when it is disabled: the person, or for an integration's token the admin who issued it.</summary>
    private async Task<Guid> OwnerAsync(CancellationToken ct) =>
        access.Caller.UserId
        ?? (access.Caller.ApiTokenId is { } tokenId
            ? await db.ApiTokens.Where(t => t.Id == tokenId).Select(t => t.CreatedBy).SingleAsync(ct)
            : Guid.Empty);
}
