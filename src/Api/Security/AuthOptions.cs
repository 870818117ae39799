using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace PapiTracker.Api.Security;

/// <summary>Auth settings (section Auth). Without a signing key one is generated per process: sessions then end at restart.</summary>
internal sealed class AuthOptions
{
    public const string Issuer = "papitracker";
    public const string Audience = "papitracker-api";

    /// <summary>Base64, at least 32 bytes.</summary>
    public string? SigningKey { get; set; }
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(7);

    private static readonly byte[] EphemeralKey = RandomNumberGenerator.GetBytes(32);

    public SymmetricSecurityKey Key()
    {
        var bytes = string.IsNullOrEmpty(SigningKey) ? EphemeralKey : Convert.FromBase64String(SigningKey);
        if (bytes.Length < 32)
            throw new InvalidOperationException("Auth:SigningKey must be at least 32 bytes, base64-encoded.");
        return new SymmetricSecurityKey(bytes);
    }
}
