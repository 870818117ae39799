using Microsoft.AspNetCore.HttpOverrides;

namespace PapiTracker.Api.Security;

/// <summary>
/// What browsers are told about every response: no sniffing, no framing, no referrer, a content
/// security policy (strict for the dashboard and the API, looser for Swagger UI, which needs inline
/// styles and data: images), HSTS on HTTPS only. Cross-origin calls are refused unless
/// Cors:AllowedOrigins lists the origin.
/// </summary>
internal static class BrowserHardening
{
    public const string CorsPolicy = "configured-origins";

    /// <summary>The dashboard: its own scripts only, no eval, no plug-ins, no framing; styles inline for the charts.</summary>
    public const string DashboardPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>JSON and problem documents are data, never a page.</summary>
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    private const string SwaggerPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'";

    public static void AddBrowserHardening(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        services.AddCors(o => o.AddPolicy(CorsPolicy, policy =>
        {
            if (origins.Length == 0)
                return;
            policy.WithOrigins(origins)
                .WithMethods("GET", "POST", "PUT", "DELETE")
                .WithHeaders("Authorization", "Content-Type", "If-Match", "Idempotency-Key", "Accept-Language", ApiTokenAuthenticationHandler.HeaderName)
                .WithExposedHeaders("ETag", "Location", "Retry-After", "Content-Disposition");
        }));
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // A proxy in another container (compose's nginx) is believed only from the networks named here; without
            // it every caller would share the proxy's address, and one address's failed sign-ins would lock out all.
            foreach (var network in configuration.GetSection("Proxy:KnownNetworks").Get<string[]>() ?? [])
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
    }

    /// <summary>First in the pipeline, so errors, static files and 404s carry the headers too.</summary>
    public static void UseBrowserHardening(this WebApplication app)
    {
        // A proxy on this machine (or in Proxy:KnownNetworks) says who called and whether over HTTPS; others are not trusted.
        app.UseForwardedHeaders();
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/swagger") ? SwaggerPolicy
                    : context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/health") ? ApiPolicy
                    : DashboardPolicy;
                return Task.CompletedTask;
            });
            return next(context);
        });
        // Only over HTTPS (and never for localhost): on plain http the header would be ignored or, worse, pin a dev box.
        app.UseHsts();
        app.UseCors(CorsPolicy);
    }
}
