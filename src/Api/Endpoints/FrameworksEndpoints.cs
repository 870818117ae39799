using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PapiTracker.Application.Frameworks.Commands.DefineFramework;
using PapiTracker.Application.Frameworks.Queries.GetFrameworks;
using PapiTracker.Application.Frameworks;

namespace PapiTracker.Api.Endpoints;

internal static class FrameworksEndpoints
{
    public static void MapFrameworksEndpoints(this RouteGroupBuilder api)
    {
        var frameworks = api.MapGroup("/frameworks").WithTags("Frameworks");
        frameworks.MapGet("/", GetFrameworks)
            .WithName(nameof(GetFrameworks))
            .WithSummary("The index frameworks (PAPI, and those an operator defined) with each version's dimensions, sub-dimensions, scales and rules.")
            .WithDescription("`releaseYears` lists the survey years each index has a release of (a reader offers only an index that has some); "
                + "each version's `totalScaleMin`/`totalScaleMax` are the range its total rule gives. Carries an ETag; send it back in If-None-Match to get 304 while the catalogue is unchanged.")
            .WithContentETag();

        frameworks.MapPost("/", DefineFramework)
            .WithName(nameof(DefineFramework))
            .WithSummary("Define an index framework from its description: the framework file format (docs/frameworks/framework.schema.json).")
            .WithDescription("Levels index → dimension → sub-dimension (or a dimension that is itself a component with a `scale`), names vi/en, "
                + "scales, direction, the aggregation of each level (sum, weightedSum with weights adding up to 1, mean, percentOfMaximum; "
                + "`factor` multiplies the result), rank rules (unrounded; publish top N from a year), the file's published-total column, "
                + "and versions by survey years that may not overlap. Breaking a rule gives 400 with every field error by path; "
                + "a code already defined gives 409. System admins or API tokens with `frameworks:write`; audited.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Created<FrameworkDto>> DefineFramework(DefineFrameworkCommand command, ISender sender, CancellationToken ct)
    {
        var framework = await sender.Send(command, ct);
        return TypedResults.Created($"/api/v1/frameworks?code={framework.Code}", framework);
    }

    private static async Task<Ok<IReadOnlyList<FrameworkDto>>> GetFrameworks(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetFrameworksQuery(), ct));
}
