using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PapiTracker.Application.ApiTokens;
using PapiTracker.Infrastructure.Data;

namespace PapiTracker.Api.Security;

/// <summary>Integration clients send their API token in the X-Api-Key header; a revoked or expired one fails.</summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApplicationDbContext db,
    TimeProvider clock) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    public const string HeaderName = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || values.ToString() is not { Length: > 0 } secret)
            return AuthenticateResult.NoResult();
        var hash = ApiTokenSecrets.Hash(secret);
        var now = clock.GetUtcNow();
        var tokenId = await db.ApiTokens.AsNoTracking()
            .Where(t => t.SecretHash == hash && t.RevokedAt == null && t.ExpiresAt > now)
            .Select(t => (int?)t.Id)
            .SingleOrDefaultAsync(Context.RequestAborted);
        if (tokenId is null)
            return AuthenticateResult.Fail("The API token is unknown, revoked or expired.");
        var identity = new ClaimsIdentity([new Claim(HttpCurrentUser.ApiTokenIdClaim, tokenId.Value.ToString())], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
