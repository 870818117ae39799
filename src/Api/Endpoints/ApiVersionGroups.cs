using Asp.Versioning;

namespace PapiTracker.Api.Endpoints;

internal static class ApiVersionGroups
{
    /// <summary>The route group of one API version: /api/v{n}/...</summary>
    public static RouteGroupBuilder MapApiVersion(this WebApplication app, int version) =>
        app.NewVersionedApi("PapiTracker").MapGroup("/api/v{version:apiVersion}").HasApiVersion(new ApiVersion(version));
}
