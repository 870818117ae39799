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
        foreach (var extra in app.Services.GetServices<ExtraEndpoints>().Where(e => e.Version == version))
            extra.Map(group);
        return group;
    }
}

/// <summary>
/// Endpoints a host adds to a version's group besides the API's own, through the same pipeline and into the same
/// document. None in production; the tests map a retired operation with it to hold the deprecation policy to its word.
/// </summary>
public sealed record ExtraEndpoints(int Version, Action<RouteGroupBuilder> Map);
