namespace PapiTracker.Application.Common.Interfaces;

/// <summary>A short-lived access token and a rotating, revocable refresh token.</summary>
public sealed record SessionTokens(string AccessToken, DateTimeOffset AccessTokenExpiresAt, string RefreshToken, DateTimeOffset RefreshTokenExpiresAt);

public interface ISessionTokens
{
    Task<SessionTokens> StartAsync(Guid userId, CancellationToken ct);

    /// <summary>The session a valid refresh token continues; null when the token is unknown, used, revoked or expired.</summary>
    Task<Guid?> SessionOfAsync(string refreshToken, CancellationToken ct);

    /// <summary>Swaps a valid refresh token for a new pair; the old one stops working. Null when it is unknown, used, revoked or expired.</summary>
    Task<SessionTokens?> RotateAsync(string refreshToken, CancellationToken ct);

    Task RevokeAsync(string refreshToken, CancellationToken ct);
}
