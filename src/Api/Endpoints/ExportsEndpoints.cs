using Mediator;
using PapiTracker.Api.Infrastructure;
using PapiTracker.Application.Exports.Commands.ExportData;

namespace PapiTracker.Api.Endpoints;

internal static class ExportsEndpoints
{
    public static void MapExportsEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/exports/{kind}", ExportData)
            .WithTags("Exports")
            .WithName(nameof(ExportData))
            .WithSummary("Every row of one kind (units, actions with their latest progress, obligations, submissions) within a unit's subtree "
                + "(your whole scope without unitId) and a date range, streamed as CSV (UTF-8 with BOM, RFC 4180) or JSON. Audited. "
                + "Scores (the official sub-dimension values of each release's current revision, for the survey years of the range) are public "
                + "as the rankings are: every province's, or with unitId the provinces that unit is in or holds.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv", additionalContentTypes: ["application/json"])
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> ExportData(
        string kind, ISender sender, CancellationToken ct, string format = "csv", int? unitId = null, DateOnly? from = null, DateOnly? to = null) =>
        new ExportFile(await sender.Send(new ExportDataCommand(kind, format, unitId, from, to), ct), asJson: format == "json");
}
