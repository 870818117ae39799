using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PapiTracker.Api.Infrastructure.Contract;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Restructurings;
using PapiTracker.Application.Restructurings.Commands.RestructureUnits;
using PapiTracker.Application.Restructurings.Queries.GetRestructuring;
using PapiTracker.Application.Restructurings.Queries.GetRestructurings;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Api.Endpoints;

internal static class RestructuringsEndpoints
{
    public static void MapRestructuringsEndpoints(this RouteGroupBuilder api)
    {
        var restructurings = api.MapGroup("/restructurings").WithTags("Restructurings");

        restructurings.MapPost("/preview", PreviewRestructuring)
            .WithName(nameof(PreviewRestructuring))
            .SendsMessage<RestructureUnitsCommand>()
            .WithSummary("What a restructuring would do, without doing it: a mapping file (provinces or communes) or endLevel=District with endsOn and provinceCode.")
            .WithDescription("Lists what ends, what is created, what continues, what moves, which reporting lines re-point, what is left without a successor, the rows skipped, and what is carried over or not. Row problems: 400 with every one.")
            .AcceptsFileUpload(UploadLimits.MaxTableBytes)
            .ProducesProblem(StatusCodes.Status409Conflict);

        restructurings.MapPost("/", ApplyRestructuring)
            .WithName(nameof(ApplyRestructuring))
            .SendsMessage<RestructureUnitsCommand>()
            .WithSummary("Apply a restructuring, all or nothing (201 with what it did); a re-apply that finds everything done writes nothing (200, alreadyApplied).")
            .AcceptsFileUpload(UploadLimits.MaxTableBytes)
            .ProducesProblem(StatusCodes.Status409Conflict);

        restructurings.MapGet("/", GetRestructurings)
            .WithName(nameof(GetRestructurings))
            .WithSummary("The restructurings applied, newest first.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        restructurings.MapGet("/{id:int}", GetRestructuring)
            .WithName(nameof(GetRestructuring))
            .WithSummary("One applied restructuring with everything it did.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<RestructuringDto>> PreviewRestructuring(
        ISender sender, CancellationToken ct, IFormFile? file = null, [FromForm] string? provinceCode = null, [FromForm] OrgUnitKind? endLevel = null,
        [FromForm] DateOnly? endsOn = null, [FromForm] string? legalBasis = null) =>
        TypedResults.Ok(await SendAsync(sender, apply: false, file, provinceCode, endLevel, endsOn, legalBasis, ct));

    private static async Task<Results<Created<RestructuringDto>, Ok<RestructuringDto>>> ApplyRestructuring(
        ISender sender, CancellationToken ct, IFormFile? file = null, [FromForm] string? provinceCode = null, [FromForm] OrgUnitKind? endLevel = null,
        [FromForm] DateOnly? endsOn = null, [FromForm] string? legalBasis = null)
    {
        var result = await SendAsync(sender, apply: true, file, provinceCode, endLevel, endsOn, legalBasis, ct);
        return result.Applied ? TypedResults.Created($"/api/v1/restructurings/{result.Id}", result) : TypedResults.Ok(result);
    }

    private static async Task<RestructuringDto> SendAsync(
        ISender sender, bool apply, IFormFile? file, string? provinceCode, OrgUnitKind? endLevel, DateOnly? endsOn, string? legalBasis, CancellationToken ct)
    {
        await using var content = file?.OpenReadStream();
        return await sender.Send(new RestructureUnitsCommand(apply, content, file?.FileName, file?.Length ?? 0, provinceCode, endLevel, endsOn, legalBasis), ct);
    }

    private static async Task<Ok<IReadOnlyList<RestructuringSummaryDto>>> GetRestructurings(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetRestructuringsQuery(), ct));

    private static async Task<Ok<RestructuringDto>> GetRestructuring(int id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetRestructuringQuery(id), ct));
}
