namespace PapiTracker.Api.Endpoints;

internal static class DashboardEndpoints
{
    /// <summary>
    /// The built client is served from wwwroot; its client-side routes fall back to index.html.
    /// /api paths are left out, so an unknown operation stays a 404 (or 405) problem, never the dashboard's HTML.
    /// </summary>
    public static void MapDashboard(this WebApplication app) =>
        app.MapFallbackToFile("{*path:nonfile:regex(^(?!api/|swagger/|health/).*$)}", "index.html");
}
