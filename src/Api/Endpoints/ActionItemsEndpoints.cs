using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PapiTracker.Application.ActionItems;
using PapiTracker.Application.ActionItems.Commands.AttachEvidence;
using PapiTracker.Application.ActionItems.Commands.RecordProgress;
using PapiTracker.Application.ActionItems.Commands.ReviseActionItem;
using PapiTracker.Application.ActionItems.Queries.DownloadEvidence;
using PapiTracker.Application.ActionItems.Queries.GetActionItem;
using PapiTracker.Application.ActionItems.Queries.GetActionProgress;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Common.Models;
using PapiTracker.Domain.Plans;

namespace PapiTracker.Api.Endpoints;

/// <summary>
/// An action item once it exists, its progress reports and their evidence. Creating and listing a plan's actions are
/// routes of the plan (/plans/{id}/actions) and stay with <see cref="PlansEndpoints"/>.
/// </summary>
internal static class ActionItemsEndpoints
{
    public static void MapActionItemsEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/action-items/{id:int}", GetActionItem)
            .WithTags("Plans and actions")
            .WithName(nameof(GetActionItem))
            .WithSummary("One action item with its units, deadline state and ETag.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPut("/action-items/{id:int}", ReviseActionItem)
            .WithTags("Plans and actions")
            .WithName(nameof(ReviseActionItem))
            .WithSummary("Edit an action's text and dates (the province's coordinator). Send the ETag you read as If-Match: 412 if stale, 428 if missing.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        api.MapGet("/action-items/{id:int}/progress", GetActionProgress)
            .WithTags("Plans and actions")
            .WithName(nameof(GetActionProgress))
            .WithSummary("An action's progress log, newest first.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/action-items/{id:int}/progress", RecordProgress)
            .WithTags("Plans and actions")
            .WithName(nameof(RecordProgress))
            .WithSummary("Report a unit's progress on an action it leads or supports (append-only; lead units' reports set the action's status).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/action-progress/{progressId:long}/evidence", AttachEvidence)
            .WithTags("Plans and actions")
            .WithName(nameof(AttachEvidence))
            .WithSummary("Attach evidence to a progress report: PDF, DOCX, XLSX, JPG or PNG (checked by content), at most 20 MB.")
            .AcceptsFileUpload(EvidenceFile.MaxBytes)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/evidence/{id:long}", DownloadEvidence)
            .WithTags("Plans and actions")
            .WithName(nameof(DownloadEvidence))
            .WithSummary("Download an evidence file (only within your scope; 404 otherwise).")
            .ProducesFile(EvidenceTypes.ContentTypes)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Created<EvidenceDto>> AttachEvidence(long progressId, IFormFile file, ISender sender, CancellationToken ct)
    {
        await using var content = file.OpenReadStream();
        var evidence = await sender.Send(new AttachEvidenceCommand(progressId, content, file.FileName, file.Length), ct);
        return TypedResults.Created($"/api/v1/evidence/{evidence.Id}", evidence);
    }

    private static async Task<FileStreamHttpResult> DownloadEvidence(long id, ISender sender, CancellationToken ct)
    {
        var file = await sender.Send(new DownloadEvidenceQuery(id), ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    /// <param name="ifMatch">The ETag from GET /action-items/{id}; * to overwrite whatever version is there.</param>
    private static async Task<Ok<ActionItemDto>> ReviseActionItem(
        int id, ActionItemRevision revision, [FromHeader(Name = EntityTags.IfMatchHeader)] string? ifMatch, ISender sender, HttpResponse response, CancellationToken ct)
    {
        var item = await sender.Send(new ReviseActionItemCommand(id, revision.TextVi, revision.TextEn, revision.StartDate, revision.DueDate,
            revision.Recurring, revision.ReviewCadence, EntityTags.ParseIfMatch(ifMatch)), ct);
        response.SetETag(item.Version);
        return TypedResults.Ok(item.Value);
    }

    private static async Task<Ok<PagedList<ActionProgressDto>>> GetActionProgress(
        int id, ISender sender, CancellationToken ct, int page = 1, int pageSize = PagedList<object>.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new GetActionProgressQuery(id, page, pageSize), ct));

    private static async Task<Created<ActionProgressDto>> RecordProgress(int id, ProgressReport report, ISender sender, CancellationToken ct)
    {
        var progress = await sender.Send(new RecordProgressCommand(id, report.UnitId, report.ReportedOn, report.Status, report.Percent, report.Narrative), ct);
        return TypedResults.Created($"/api/v1/action-items/{id}/progress", progress);
    }

    /// <summary>The body of an edit: the id comes from the route, the version from If-Match.</summary>
    internal sealed record ActionItemRevision(string TextVi, string? TextEn, DateOnly? StartDate, DateOnly? DueDate, bool Recurring, ReviewCadence? ReviewCadence);

    internal sealed record ProgressReport(int UnitId, DateOnly ReportedOn, ActionStatus Status, int Percent, string Narrative);

    private static async Task<Ok<ActionItemDto>> GetActionItem(int id, ISender sender, HttpResponse response, CancellationToken ct)
    {
        var item = await sender.Send(new GetActionItemQuery(id), ct);
        response.SetETag(item.Version);
        return TypedResults.Ok(item.Value);
    }
}
