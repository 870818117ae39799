using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PapiTracker.Application.Frameworks.Queries.GetFrameworks;

namespace PapiTracker.Api.Endpoints;

internal static class FrameworksEndpoints
{
    public static void MapFrameworksEndpoints(this RouteGroupBuilder api)
    {
        var frameworks = api.MapGroup("/frameworks").WithTags("Frameworks");
        frameworks.MapGet("/", GetFrameworks)
            .WithName(nameof(GetFrameworks))
            .WithSummary("The index frameworks (PAPI) with each version's dimensions, sub-dimensions and scales.");
    }

    private static async Task<Ok<IReadOnlyList<FrameworkDto>>> GetFrameworks(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetFrameworksQuery(), ct));
}
