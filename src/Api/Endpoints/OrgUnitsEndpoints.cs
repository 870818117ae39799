using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.OrgUnits;
using PapiTracker.Application.OrgUnits.Commands.CreateOrgUnit;
using PapiTracker.Application.OrgUnits.Commands.DeleteOrgUnit;
using PapiTracker.Application.OrgUnits.Commands.ImportOrgUnits;
using PapiTracker.Application.OrgUnits.Commands.KeepDocumentProfile;
using PapiTracker.Application.OrgUnits.Commands.MergeOrgUnits;
using PapiTracker.Application.OrgUnits.Commands.MoveOrgUnit;
using PapiTracker.Application.OrgUnits.Commands.UpdateOrgUnit;
using PapiTracker.Application.OrgUnits.Queries.GetDocumentProfile;
using PapiTracker.Application.OrgUnits.Queries.GetOrgUnit;
using PapiTracker.Application.OrgUnits.Queries.GetOrgUnitByCode;
using PapiTracker.Application.OrgUnits.Queries.GetOrgUnits;
using PapiTracker.Application.OrgUnits.Queries.GetOrgUnitTree;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Api.Endpoints;

internal static class OrgUnitsEndpoints
{
    public static void MapOrgUnitsEndpoints(this RouteGroupBuilder api)
    {
        var units = api.MapGroup("/org-units").WithTags("Organization units");

        units.MapGet("/", GetOrgUnits)
            .WithName(nameof(GetOrgUnits))
            .WithSummary("Units in your scope, flat: accent-insensitive search, kind, parent; active only unless includeInactive; asOf=yyyy-mm-dd: as they stood that day.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        units.MapGet("/tree", GetOrgUnitTree)
            .WithName(nameof(GetOrgUnitTree))
            .WithSummary("Units in your scope as a tree, from rootId or from the top of your scope; asOf=yyyy-mm-dd: the tree as it stood that day.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);

        units.MapGet("/{id:int}", GetOrgUnit)
            .WithName(nameof(GetOrgUnit))
            .WithSummary("One unit (404 outside your scope), with its ETag; asOf=yyyy-mm-dd: as it stood that day (404 if it did not exist then).")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);

        units.MapGet("/by-code/{code}", GetOrgUnitByCode)
            .WithName(nameof(GetOrgUnitByCode))
            .WithSummary("The unit an official code named on a day (on=yyyy-mm-dd, today in Việt Nam by default): codes are reused (24: Bắc Giang until 30/6/2025, Bắc Ninh from 1/7/2025).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);

        units.MapPost("/", CreateOrgUnit)
            .WithName(nameof(CreateOrgUnit))
            .WithSummary("Add a unit under a parent in your scope.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        units.MapPut("/{id:int}", UpdateOrgUnit)
            .WithName(nameof(UpdateOrgUnit))
            .WithSummary("Rename a unit, change its code, its reporting line, or whether its officers may submit its reports. Send the ETag you read as If-Match (412 if it is stale, 428 if missing).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);

        units.MapGet("/{id:int}/document-profile", GetDocumentProfile)
            .WithName(nameof(GetDocumentProfile))
            .WithSummary("How the unit issues the documents PapiTracker writes for it: the symbol after the number, the signer and the recipients (404 until kept).")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        units.MapPut("/{id:int}/document-profile", KeepDocumentProfile)
            .WithName(nameof(KeepDocumentProfile))
            .WithSummary("Keep the unit's document profile, replacing it whole (a coordinator over the unit; audited).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        units.MapPost("/{id:int}/move", MoveOrgUnit)
            .WithName(nameof(MoveOrgUnit))
            .WithSummary("Move a unit and its subtree under another parent (no cycles, no inactive parent).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        units.MapDelete("/{id:int}", DeleteOrgUnit)
            .WithName(nameof(DeleteOrgUnit))
            .WithSummary("Delete a unit entered by mistake; one with a history (sub-units, scores, roles, tokens) is refused: merge it instead.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        units.MapPost("/import", ImportOrgUnits)
            .WithName(nameof(ImportOrgUnits))
            .WithSummary("Add units from CSV or XLSX: code, kind, name_vi, name_en, parent_code, reports_to_code, active_from. All or nothing.")
            .WithDescription("Parents and recipients are found by code in the database or the file. Bad rows give 400 with every problem by row and column; nothing is written.")
            .AcceptsFileUpload(UploadLimits.MaxTableBytes);

        units.MapPost("/merge", MergeOrgUnits)
            .WithName(nameof(MergeOrgUnits))
            .WithSummary("End several units on a date and hand them to a successor; their history stays.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<PagedList<OrgUnitDto>>> GetOrgUnits(
        ISender sender, CancellationToken ct, string? search = null, OrgUnitKind? kind = null, int? parentId = null,
        bool includeInactive = false, int page = 1, int pageSize = PagedList<object>.DefaultPageSize, DateOnly? asOf = null,
        DateTimeOffset? updatedSince = null) =>
        TypedResults.Ok(await sender.Send(new GetOrgUnitsQuery(search, kind, parentId, includeInactive, page, pageSize, asOf, updatedSince), ct));

    private static async Task<Ok<IReadOnlyList<OrgUnitNodeDto>>> GetOrgUnitTree(
        ISender sender, CancellationToken ct, int? rootId = null, bool includeInactive = false, DateOnly? asOf = null) =>
        TypedResults.Ok(await sender.Send(new GetOrgUnitTreeQuery(rootId, includeInactive, asOf), ct));

    private static async Task<Ok<OrgUnitDto>> GetOrgUnitByCode(string code, ISender sender, CancellationToken ct, DateOnly? on = null) =>
        TypedResults.Ok(await sender.Send(new GetOrgUnitByCodeQuery(code, on), ct));

    private static async Task<Ok<OrgUnitDto>> GetOrgUnit(int id, ISender sender, HttpResponse response, CancellationToken ct, DateOnly? asOf = null)
    {
        var unit = await sender.Send(new GetOrgUnitQuery(id, asOf), ct);
        response.SetETag(unit.Version);
        return TypedResults.Ok(unit.Value);
    }

    private static async Task<Created<OrgUnitDto>> CreateOrgUnit(CreateOrgUnitCommand command, ISender sender, CancellationToken ct)
    {
        var unit = await sender.Send(command, ct);
        return TypedResults.Created($"/api/v1/org-units/{unit.Id}", unit);
    }

    /// <param name="ifMatch">The ETag from GET /org-units/{id}; * to overwrite whatever version is there.</param>
    private static async Task<Ok<OrgUnitDto>> UpdateOrgUnit(
        int id, OrgUnitChange change, [FromHeader(Name = EntityTags.IfMatchHeader)] string? ifMatch, ISender sender, HttpResponse response, CancellationToken ct)
    {
        var command = new UpdateOrgUnitCommand(id, change.Code, change.NameVi, change.NameEn, change.ReportsToId, change.OfficersMaySubmit, EntityTags.ParseIfMatch(ifMatch));
        var unit = await sender.Send(command, ct);
        response.SetETag(unit.Version);
        return TypedResults.Ok(unit.Value);
    }

    private static async Task<Ok<OrgUnitDto>> MoveOrgUnit(int id, OrgUnitMove move, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new MoveOrgUnitCommand(id, move.NewParentId), ct));

    private static async Task<NoContent> DeleteOrgUnit(int id, ISender sender, CancellationToken ct)
    {
        await sender.Send(new DeleteOrgUnitCommand(id), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ImportOrgUnitsResult>> ImportOrgUnits(IFormFile file, ISender sender, CancellationToken ct)
    {
        await using var content = file.OpenReadStream();
        return TypedResults.Ok(await sender.Send(new ImportOrgUnitsCommand(content, file.FileName, file.Length), ct));
    }

    private static async Task<Ok<IReadOnlyList<OrgUnitDto>>> MergeOrgUnits(MergeOrgUnitsCommand command, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(command, ct));

    /// <summary>The body of an update: the id comes from the route.</summary>
    internal sealed record OrgUnitChange(string? Code, string NameVi, string? NameEn, int? ReportsToId, bool? OfficersMaySubmit);

    private static async Task<Ok<DocumentProfileDto>> GetDocumentProfile(int id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetDocumentProfileQuery(id), ct));

    private static async Task<Ok<DocumentProfileDto>> KeepDocumentProfile(int id, DocumentProfileChange body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new KeepDocumentProfileCommand(id, body.Symbol, body.SigningAuthority, body.SignerTitle, body.SignerName, body.Recipients), ct));

    internal sealed record OrgUnitMove(int NewParentId);

    internal sealed record DocumentProfileChange(string Symbol, string? SigningAuthority, string SignerTitle, string SignerName, IReadOnlyList<string> Recipients);
}
