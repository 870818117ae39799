using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using PapiTracker.Api.Security.RateLimiting;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Common;

namespace PapiTracker.Api.Security;

/// <summary>
/// Two ways in: a user's JWT (Authorization: Bearer) or an integration's API token (X-Api-Key).
/// Authentication only says who calls; what they may do is decided per message by AuthorizationBehaviour.
/// </summary>
internal static class AuthenticationSetup
{
    private const string EitherScheme = "JwtOrApiToken";

    public static void AddPapiAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AuthOptions>(configuration.GetSection("Auth"));
        services.AddHttpContextAccessor();
        // A request's caller is whoever its authentication found; only a host's own work (the demo's year) names one.
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<ActingUser>() is { UserId: not null } acting
            ? acting
            : new HttpCurrentUser(sp.GetRequiredService<IHttpContextAccessor>()));
        services.AddSingleton<LiveSessions>();
        services.AddScoped<JwtSessionTokens>();
        services.AddScoped<ISessionTokens>(sp => sp.GetRequiredService<JwtSessionTokens>());

        services.AddAuthentication(EitherScheme)
            .AddPolicyScheme(EitherScheme, "JWT or API token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiTokenAuthenticationHandler.HeaderName)
                    ? ApiTokenAuthenticationHandler.SchemeName
                    : JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer()
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((jwt, auth) =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = AuthOptions.Issuer,
                    ValidAudience = AuthOptions.Audience,
                    IssuerSigningKey = auth.Value.Key(),
                    ClockSkew = TimeSpan.FromSeconds(30),
                    // The one algorithm the tokens are signed with (RFC 8725: never trust the header's choice).
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    NameClaimType = "sub",
                };
                // Signing out ends the session's access tokens too, not only its refresh token.
                jwt.Events = new JwtBearerEvents
                {
                    OnTokenValidated = async context =>
                    {
                        var sid = context.Principal?.FindFirst(JwtSessionTokens.SessionClaim)?.Value;
                        if (!Guid.TryParse(sid, out var session)
                            || !await context.HttpContext.RequestServices.GetRequiredService<JwtSessionTokens>().IsLiveAsync(session, context.HttpContext.RequestAborted))
                            context.Fail("The session has ended: sign in again.");
                    },
                };
            });
        services.AddAuthorization();
        services.AddPapiRateLimiting(configuration);
    }
}
