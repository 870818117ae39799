using System.Security.Claims;
using PapiTracker.Application.Common.Security;

namespace PapiTracker.Api.Security;

/// <summary>The caller as authentication left it on the request: a user's id from the access token, or an API token's id.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public const string ApiTokenIdClaim = "api_token_id";

    public Guid? UserId =>
        Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier) ?? Principal?.FindFirstValue("sub"), out var id) ? id : null;

    public int? ApiTokenId => int.TryParse(Principal?.FindFirstValue(ApiTokenIdClaim), out var id) ? id : null;

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;
}
