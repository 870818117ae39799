using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Populations.Commands.ImportPopulations;
using PapiTracker.Application.Populations.Queries.GetPopulations;
using PapiTracker.Application.Populations;

namespace PapiTracker.Api.Endpoints;

internal static class PopulationsEndpoints
{
    public static void MapPopulationsEndpoints(this RouteGroupBuilder api)
    {
        var populations = api.MapGroup("/populations").WithTags("Populations");

        populations.MapGet("/", GetPopulations)
            .WithName(nameof(GetPopulations))
            .WithSummary("Every population figure imported, by province and year: the weights of population-weighted estimates.");

        populations.MapPost("/", ImportPopulations)
            .WithName(nameof(ImportPopulations))
            .WithSummary("Import population figures (CSV or XLSX: province, year, population, source). All or nothing.")
            .WithDescription("`province` is a code or a name, meaning the province that held it that year (code 24 in 2024 is Bắc Giang). "
                + "A figure already held for a province and year is revised. "
                + "Bad rows give 400 with every problem by row and column (`errors` and `problems`); nothing is written. "
                + "`dryRun=true` answers what the file would do and writes nothing. "
                + "Over 10 MB gives 413; a file that is neither CSV nor XLSX gives 415.")
            .AcceptsFileUpload(UploadLimits.MaxTableBytes);
    }

    private static async Task<Ok<IReadOnlyList<PopulationFigureDto>>> GetPopulations(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetPopulationsQuery(), ct));

    /// <param name="dryRun">Only say what the file would do; write nothing.</param>
    private static async Task<Ok<ImportPopulationsResult>> ImportPopulations(IFormFile file, ISender sender, CancellationToken ct, bool dryRun = false)
    {
        await using var content = file.OpenReadStream();
        return TypedResults.Ok(await sender.Send(new ImportPopulationsCommand(content, file.FileName, file.Length, dryRun), ct));
    }
}
