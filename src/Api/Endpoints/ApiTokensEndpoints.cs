using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PapiTracker.Application.ApiTokens;
using PapiTracker.Application.ApiTokens.Commands.CreateApiToken;
using PapiTracker.Application.ApiTokens.Commands.RevokeApiToken;
using PapiTracker.Application.ApiTokens.Queries.GetApiTokens;
using PapiTracker.Application.Common.Models;

namespace PapiTracker.Api.Endpoints;

internal static class ApiTokensEndpoints
{
    public static void MapApiTokensEndpoints(this RouteGroupBuilder api)
    {
        var tokens = api.MapGroup("/api-tokens").WithTags("API tokens");

        tokens.MapGet("/", GetApiTokens)
            .WithName(nameof(GetApiTokens))
            .WithSummary("API tokens (never their secrets).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        tokens.MapPost("/", CreateApiToken)
            .WithName(nameof(CreateApiToken))
            .WithSummary("Issue a token with scopes, bound to a unit subtree, with an expiry. The secret is in this response only; send it as X-Api-Key.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        tokens.MapPost("/{id:int}/revoke", RevokeApiToken)
            .WithName(nameof(RevokeApiToken))
            .WithSummary("Revoke a token; its next request gets 401.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<PagedList<ApiTokenDto>>> GetApiTokens(
        ISender sender, CancellationToken ct, int page = 1, int pageSize = PagedList<object>.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new GetApiTokensQuery(page, pageSize), ct));

    private static async Task<Created<CreatedApiTokenDto>> CreateApiToken(CreateApiTokenCommand command, ISender sender, CancellationToken ct)
    {
        var created = await sender.Send(command, ct);
        return TypedResults.Created($"/api/v1/api-tokens/{created.Token.Id}", created);
    }

    private static async Task<NoContent> RevokeApiToken(int id, ISender sender, CancellationToken ct)
    {
        await sender.Send(new RevokeApiTokenCommand(id), ct);
        return TypedResults.NoContent();
    }
}
