using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Events.Queries.GetEvents;

namespace PapiTracker.Api.Endpoints;

internal static class EventsEndpoints
{
    public static void MapEventsEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/events", GetEvents)
            .WithTags("Events")
            .WithName(nameof(GetEvents))
            .WithSummary("What changed within your scope, in transaction order, after a cursor: ask again with after=next (the same next when nothing is new yet).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<Ok<EventPageDto>> GetEvents(ISender sender, CancellationToken ct, string? after = null, int pageSize = PagedList<object>.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new GetEventsQuery(after, pageSize), ct));
}
