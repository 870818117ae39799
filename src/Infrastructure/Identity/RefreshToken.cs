namespace PapiTracker.Infrastructure.Identity;

/// <summary>A refresh token, stored as a hash. Single use: rotating it records its replacement; signing out revokes it.</summary>
public sealed class RefreshToken
{
    public long Id { get; set; }
    public Guid UserId { get; set; }
    public string TokenHash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
