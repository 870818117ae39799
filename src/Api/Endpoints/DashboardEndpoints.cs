namespace PapiTracker.Api.Endpoints;

internal static class DashboardEndpoints
{
    /// <summary>
    /// The built client is served from wwwroot; its client-side routes fall back to index.html.
    /// Unknown /api paths stay a 404 problem, never the dashboard's HTML.
    /// </summary>
    public static void MapDashboard(this WebApplication app)
    {
        app.MapFallback("/api/{**path}", () => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: "No such API operation."))
            .ExcludeFromDescription();
        app.MapFallbackToFile("index.html");
    }
}
