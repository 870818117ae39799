using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PapiTracker.Application.Audit.Queries.GetAuditEntries;
using PapiTracker.Application.Common.Models;

namespace PapiTracker.Api.Endpoints;

internal static class AuditEndpoints
{
    public static void MapAuditEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/audit", GetAuditEntries)
            .WithTags("Audit trail")
            .WithName(nameof(GetAuditEntries))
            .WithSummary("Who changed what and when, newest first, within your scope (admins: everything). Read-only; for older entries ask again with before=nextBefore.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<Ok<AuditPageDto>> GetAuditEntries(
        ISender sender, CancellationToken ct, string? entityType = null, string? entityId = null, Guid? userId = null,
        DateTimeOffset? from = null, DateTimeOffset? to = null, long? before = null, int pageSize = PagedList<object>.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new GetAuditEntriesQuery(entityType, entityId, userId, from, to, before, pageSize), ct));
}
