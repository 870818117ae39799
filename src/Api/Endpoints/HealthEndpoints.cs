namespace PapiTracker.Api.Endpoints;

internal static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    /// <summary>
    /// Live: the process answers. Ready: it can reach PostgreSQL; "Degraded" (still 200) while it cannot hear
    /// the other processes' changes and so serves nothing from its caches.
    /// </summary>
    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).ExcludeFromDescription();
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains(ReadyTag) }).ExcludeFromDescription();
    }
}
