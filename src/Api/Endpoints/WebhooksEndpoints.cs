using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Webhooks;
using PapiTracker.Application.Webhooks.Commands.CreateWebhook;
using PapiTracker.Application.Webhooks.Commands.DeleteWebhook;
using PapiTracker.Application.Webhooks.Commands.ReplayWebhookDelivery;
using PapiTracker.Application.Webhooks.Commands.ReplayWebhookEvents;
using PapiTracker.Application.Webhooks.Commands.RotateWebhookSecret;
using PapiTracker.Application.Webhooks.Queries.GetWebhookDeliveries;
using PapiTracker.Application.Webhooks.Queries.GetWebhooks;

namespace PapiTracker.Api.Endpoints;

internal static class WebhooksEndpoints
{
    public static void MapWebhooksEndpoints(this RouteGroupBuilder api)
    {
        var webhooks = api.MapGroup("/webhooks").WithTags("Webhooks");

        webhooks.MapGet("/", GetWebhooks)
            .WithName(nameof(GetWebhooks))
            .WithSummary("Webhook subscriptions within your subtree (never their secrets).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        webhooks.MapPost("/", CreateWebhook)
            .WithName(nameof(CreateWebhook))
            .WithSummary("Subscribe an https endpoint to the events of a unit's subtree (and the national ones), of the types given (none = all), from now on. "
                + "The signing secret (whsec_…) is in this response only. Loopback, link-local and private targets are refused unless the operator allows them.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        webhooks.MapDelete("/{id:int}", DeleteWebhook)
            .WithName(nameof(DeleteWebhook))
            .WithSummary("End a subscription and its delivery log.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        webhooks.MapPost("/{id:int}/secret", RotateWebhookSecret)
            .WithName(nameof(RotateWebhookSecret))
            .WithSummary("A new signing secret, in this response only; the old one keeps signing beside it (two signatures) until previousSecretUntil.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        webhooks.MapGet("/{id:int}/deliveries", GetWebhookDeliveries)
            .WithName(nameof(GetWebhookDeliveries))
            .WithSummary("The delivery log, newest first: each event owed, its attempts, and the last one's status code, duration and error.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        webhooks.MapPost("/{id:int}/deliveries/{deliveryId:long}/replay", ReplayWebhookDelivery)
            .WithName(nameof(ReplayWebhookDelivery))
            .WithSummary("Send a delivery's event again (a new delivery, same webhook-id) on the next round.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        webhooks.MapPost("/{id:int}/replay", ReplayWebhookEvents)
            .WithName(nameof(ReplayWebhookEvents))
            .WithSummary("Send again every event the subscription hears that occurred in [from, to) (at most 31 days), on the next round.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<PagedList<WebhookDto>>> GetWebhooks(
        ISender sender, CancellationToken ct, int page = 1, int pageSize = PagedList<object>.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new GetWebhooksQuery(page, pageSize), ct));

    private static async Task<Created<CreatedWebhookDto>> CreateWebhook(CreateWebhookCommand command, ISender sender, CancellationToken ct)
    {
        var created = await sender.Send(command, ct);
        return TypedResults.Created($"/api/v1/webhooks/{created.Webhook.Id}", created);
    }

    private static async Task<NoContent> DeleteWebhook(int id, ISender sender, CancellationToken ct)
    {
        await sender.Send(new DeleteWebhookCommand(id), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<RotatedWebhookSecretDto>> RotateWebhookSecret(int id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RotateWebhookSecretCommand(id), ct));

    private static async Task<Ok<PagedList<WebhookDeliveryDto>>> GetWebhookDeliveries(
        int id, ISender sender, CancellationToken ct, int page = 1, int pageSize = PagedList<object>.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new GetWebhookDeliveriesQuery(id, page, pageSize), ct));

    private static async Task<Accepted<WebhookDeliveryDto>> ReplayWebhookDelivery(int id, long deliveryId, ISender sender, CancellationToken ct) =>
        TypedResults.Accepted($"/api/v1/webhooks/{id}/deliveries", await sender.Send(new ReplayWebhookDeliveryCommand(id, deliveryId), ct));

    private static async Task<Accepted<ReplayedWebhookEventsDto>> ReplayWebhookEvents(int id, ReplayRange range, ISender sender, CancellationToken ct) =>
        TypedResults.Accepted($"/api/v1/webhooks/{id}/deliveries", await sender.Send(new ReplayWebhookEventsCommand(id, range.From, range.To), ct));

    /// <summary>The events to send again: those that occurred from <c>From</c> (inclusive) to <c>To</c> (exclusive).</summary>
    internal sealed record ReplayRange(DateTimeOffset From, DateTimeOffset To);
}
