namespace PapiTracker.Infrastructure.Identity;

/// <summary>
/// A refresh token, stored as a hash. Single use: rotating it records its replacement in the same session;
/// signing out revokes the session, and with it the access tokens issued in it.
/// </summary>
public sealed class RefreshToken
{
    public long Id { get; set; }
    public Guid UserId { get; set; }

    /// <summary>The sign-in this token continues; access tokens carry it as their <c>sid</c>.</summary>
    public Guid SessionId { get; set; }
    public string TokenHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
