using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.ScoreReleases.Commands.ImportScoreRelease;
using Microsoft.AspNetCore.Mvc;
using PapiTracker.Application.ScoreReleases.Queries.GetEstimatedRanking;
using PapiTracker.Application.ScoreReleases.Commands.RestoreReleaseRevision;
using PapiTracker.Application.ScoreReleases.Queries.GetRanking;
using PapiTracker.Application.ScoreReleases.Queries.GetReleaseRevision;
using PapiTracker.Application.ScoreReleases.Queries.GetReleaseRevisions;
using PapiTracker.Application.ScoreReleases.Queries.GetScoreReleases;
using PapiTracker.Domain.Scores;
using PapiTracker.Domain.Frameworks;
using PapiTracker.Application.ScoreReleases;

namespace PapiTracker.Api.Endpoints;

internal static class ScoreReleasesEndpoints
{
    public static void MapScoreReleasesEndpoints(this RouteGroupBuilder api)
    {
        var releases = api.MapGroup("/score-releases").WithTags("Score releases");

        releases.MapGet("/", GetScoreReleases)
            .WithName(nameof(GetScoreReleases))
            .WithSummary("The imported score releases, newest survey year first.")
            .ProducesValidationProblem();

        releases.MapPost("/import", ImportScoreRelease)
            .WithName(nameof(ImportScoreRelease))
            .WithSummary("Import an official score file (CSV or XLSX: year, province_vi, province_en, 1.1 … 8.3). "
                + "All or nothing; each year in the file becomes the next revision of that year's release.")
            .WithDescription("Every sub-dimension column of the year's framework version is required (an empty cell = not published); "
                + "provinces are matched by name among those that existed that year, never created. "
                + "Bad rows give 400 with every problem by row and column (`errors` and `problems`); nothing is written. "
                + "`dryRun=true` answers what the file would change (provinces added, removed, changed, values changed, ranks that move) and writes nothing. "
                + "A re-import that removes provinces or changes more than 10 % of the values needs `confirm=true`; "
                + "without it the answer is 409 with the preview in `years`. "
                + "Over 10 MB gives 413; a file that is neither CSV nor XLSX gives 415.")
            .AcceptsFileUpload(UploadLimits.MaxTableBytes)
            .ProducesProblem(StatusCodes.Status409Conflict);

        releases.MapGet("/{year:int}/revisions", GetReleaseRevisions)
            .WithName(nameof(GetReleaseRevisions))
            .WithSummary("Every revision of a survey year's release, newest first: source file and SHA-256, who, when, counts and what it changed.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        releases.MapGet("/{year:int}/revisions/{revision:int}", GetReleaseRevision)
            .WithName(nameof(GetReleaseRevision))
            .WithSummary("One revision of a release as it was imported: every province it listed with its values.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        releases.MapPost("/{year:int}/revisions/{revision:int}/restore", RestoreReleaseRevision)
            .WithName(nameof(RestoreReleaseRevision))
            .WithSummary("Make an earlier revision current again: its values are copied into a new revision, audited like an import.")
            .WithDescription("Restoring the current revision gives 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        releases.MapGet("/{year:int}/rankings", GetRanking)
            .WithName(nameof(GetRanking))
            .WithSummary("All provinces of a survey year ranked on the total or on one dimension, with change against the year before.")
            .WithUnroundedScores("The official ranking of the provinces that were scored. With `as` (a date), the units active on that day "
                + "instead: a unit created later (the 34 of 2025-07-01) gets an estimate from its predecessors (weighted by population where "
                + "every predecessor has a figure for that year or an earlier one, else the simple mean; `method=SimpleMean` always takes the "
                + "simple mean; labelled `official: false` with `estimate`, its method and weights), and every rank is PapiTracker's, not the publisher's. "
                + "Carries an ETag; send it back in If-None-Match to get 304 while the release is unchanged.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithContentETag();
    }

    private static async Task<Ok<PagedList<ScoreReleaseDto>>> GetScoreReleases(
        ISender sender, CancellationToken ct, string? framework = null, int page = 1, int pageSize = PagedList<object>.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new GetScoreReleasesQuery(framework, page, pageSize), ct));

    /// <param name="dryRun">Only say what the file would change; write nothing.</param>
    /// <param name="confirm">Replace a release even though the file removes provinces or changes more than 10 % of its values.</param>
    /// <param name="framework">Framework code the file is scored on; PAPI by default.</param>
    private static async Task<Ok<ImportScoreReleaseResult>> ImportScoreRelease(
        IFormFile file, ISender sender, CancellationToken ct, bool dryRun = false, bool confirm = false, string framework = "PAPI")
    {
        await using var content = file.OpenReadStream();
        return TypedResults.Ok(await sender.Send(new ImportScoreReleaseCommand(content, file.FileName, file.Length, framework, dryRun, confirm), ct));
    }

    /// <param name="year">Survey year.</param>
    /// <param name="framework">Framework code; PAPI by default.</param>
    private static async Task<Ok<IReadOnlyList<ReleaseRevisionDto>>> GetReleaseRevisions(int year, ISender sender, CancellationToken ct, string framework = IndexFramework.DefaultCode) =>
        TypedResults.Ok(await sender.Send(new GetReleaseRevisionsQuery(year, framework), ct));

    /// <param name="year">Survey year.</param>
    /// <param name="revision">Revision number (1 = first import).</param>
    /// <param name="framework">Framework code; PAPI by default.</param>
    private static async Task<Ok<ReleaseRevisionDetailDto>> GetReleaseRevision(int year, int revision, ISender sender, CancellationToken ct, string framework = IndexFramework.DefaultCode) =>
        TypedResults.Ok(await sender.Send(new GetReleaseRevisionQuery(year, revision, framework), ct));

    /// <param name="year">Survey year.</param>
    /// <param name="revision">The earlier revision to make current again.</param>
    /// <param name="framework">Framework code; PAPI by default.</param>
    private static async Task<Ok<RestoredRevisionDto>> RestoreReleaseRevision(int year, int revision, ISender sender, CancellationToken ct, string framework = IndexFramework.DefaultCode) =>
        TypedResults.Ok(await sender.Send(new RestoreReleaseRevisionCommand(year, revision, framework), ct));

    /// <param name="year">Survey year (PAPI 2020 was published in April 2021).</param>
    /// <param name="framework">Framework code; PAPI by default.</param>
    /// <param name="dimension">Rank on this dimension ("1" … "8") instead of the total.</param>
    /// <param name="sort">rank, name, score or delta; prefix with - to reverse. Unranked provinces come last.</param>
    /// <param name="asOf">Rank the units active on this day (e.g. 2025-07-01 for the 34), on estimates where they were not scored.</param>
    /// <param name="partial">With <c>as</c>: estimate a merged unit even where a predecessor has no value (labelled partial).</param>
    /// <param name="method">With <c>as</c>: PopulationWeighted (where the figures allow, else the simple mean) or SimpleMean; the framework's estimate rule when omitted.</param>
    private static async Task<Ok<PagedList<RankingRowDto>>> GetRanking(
        int year, ISender sender, CancellationToken ct,
        string framework = IndexFramework.DefaultCode, string? dimension = null, string sort = "rank", int page = 1, int pageSize = PagedList<object>.MaxPageSize,
        [FromQuery(Name = "as")] DateOnly? asOf = null, bool partial = false, EstimateMethod? method = null) =>
        TypedResults.Ok(asOf is { } day
            ? await sender.Send(new GetEstimatedRankingQuery(year, day, partial, framework, dimension, sort, page, pageSize, method), ct)
            : await sender.Send(new GetRankingQuery(year, framework, dimension, sort, page, pageSize), ct));
}
