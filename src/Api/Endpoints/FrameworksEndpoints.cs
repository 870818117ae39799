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
            .WithSummary("The index frameworks (PAPI) with each version's dimensions, sub-dimensions and scales.")
            .WithDescription("Carries an ETag; send it back in If-None-Match to get 304 while the catalogue is unchanged.")
            .WithContentETag();
    }

    private static async Task<Ok<IReadOnlyList<FrameworkDto>>> GetFrameworks(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetFrameworksQuery(), ct));
}
