using Asp.Versioning;
using Microsoft.AspNetCore.Http.Metadata;

namespace PapiTracker.Api.Endpoints;

internal static class ApiVersionGroups
{
    /// <summary>
    /// The route group of one API version: /api/v{n}/... Every operation there can answer 401 and 403
    /// (sign-in is public but documented alike) and, on a server fault, 500, all as problem details.
    /// </summary>
    public static RouteGroupBuilder MapApiVersion(this WebApplication app, int version)
    {
        var group = app.NewVersionedApi("PapiTracker").MapGroup("/api/v{version:apiVersion}").HasApiVersion(new ApiVersion(version));
        foreach (var status in new[] { StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status500InternalServerError })
            group.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]));
        return group;
    }
}
