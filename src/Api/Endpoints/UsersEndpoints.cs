using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Users;
using PapiTracker.Application.Users.Commands.CreateUser;
using PapiTracker.Application.Users.Commands.GrantRole;
using PapiTracker.Application.Users.Commands.RevokeRole;
using PapiTracker.Application.Users.Queries.GetUsers;
using PapiTracker.Domain.Access;

namespace PapiTracker.Api.Endpoints;

internal static class UsersEndpoints
{
    public static void MapUsersEndpoints(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Users and roles");

        users.MapGet("/", GetUsers)
            .WithName(nameof(GetUsers))
            .WithSummary("User accounts with the roles each holds (system admins).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        users.MapPost("/", CreateUser)
            .WithName(nameof(CreateUser))
            .WithSummary("Create a user account; the password must meet the policy (10+ characters, upper, lower, digit).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        users.MapPost("/{userId:guid}/roles", GrantRole)
            .WithName(nameof(GrantRole))
            .WithSummary("Give a user a role at a unit (covering its subtree).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        users.MapDelete("/{userId:guid}/roles/{assignmentId:int}", RevokeRole)
            .WithName(nameof(RevokeRole))
            .WithSummary("Take a role away.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<PagedList<UserAccountDto>>> GetUsers(
        ISender sender, CancellationToken ct, string? search = null, int page = 1, int pageSize = PagedList<object>.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new GetUsersQuery(search, page, pageSize), ct));

    private static async Task<Created<UserDto>> CreateUser(CreateUserCommand command, ISender sender, CancellationToken ct)
    {
        var user = await sender.Send(command, ct);
        return TypedResults.Created($"/api/v1/users/{user.Id}", user);
    }

    private static async Task<Ok<RoleAtUnitDto>> GrantRole(Guid userId, RoleGrant grant, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GrantRoleCommand(userId, grant.Role, grant.UnitId), ct));

    private static async Task<NoContent> RevokeRole(Guid userId, int assignmentId, ISender sender, CancellationToken ct)
    {
        await sender.Send(new RevokeRoleCommand(userId, assignmentId), ct);
        return TypedResults.NoContent();
    }

    internal sealed record RoleGrant(Role Role, int? UnitId);
}
