using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PapiTracker.Api.Security.RateLimiting;
using PapiTracker.Application.Auth.Commands.RefreshSession;
using PapiTracker.Application.Auth.Commands.SignIn;
using PapiTracker.Application.Auth.Commands.SignOut;
using PapiTracker.Application.Auth.Queries.GetMe;
using PapiTracker.Application.Common.Interfaces;

namespace PapiTracker.Api.Endpoints;

internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Sign-in");

        auth.MapPost("/login", SignIn)
            .WithName(nameof(SignIn))
            .WithSummary("Sign in: a short-lived access token (Authorization: Bearer) and a refresh token.")
            .RequireRateLimiting(RateLimitingSetup.SignInRateLimit)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        auth.MapPost("/refresh", RefreshSession)
            .WithName(nameof(RefreshSession))
            .WithSummary("Swap a refresh token for a new pair; the old refresh token stops working.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        auth.MapPost("/logout", SignOut)
            .WithName(nameof(SignOut))
            .WithSummary("Revoke a refresh token.")
            .ProducesValidationProblem();

        api.MapGet("/me", GetMe)
            .WithTags("Sign-in")
            .WithName(nameof(GetMe))
            .WithSummary("The caller: user or API token, roles at units, permissions held.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    private static async Task<Ok<SessionTokens>> SignIn(SignInCommand command, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(command, ct));

    private static async Task<Ok<SessionTokens>> RefreshSession(RefreshSessionCommand command, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(command, ct));

    private static async Task<NoContent> SignOut(SignOutCommand command, ISender sender, CancellationToken ct)
    {
        await sender.Send(command, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<MeDto>> GetMe(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetMeQuery(), ct));
}
