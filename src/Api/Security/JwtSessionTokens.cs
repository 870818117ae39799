using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PapiTracker.Application.ApiTokens;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Infrastructure.Data;
using PapiTracker.Infrastructure.Identity;

namespace PapiTracker.Api.Security;

/// <summary>Signed JWT access tokens (short-lived, user id only) and stored, hashed, single-use refresh tokens.</summary>
internal sealed class JwtSessionTokens(ApplicationDbContext db, IOptions<AuthOptions> options, TimeProvider clock) : ISessionTokens
{
    public async Task<SessionTokens> StartAsync(Guid userId, CancellationToken ct)
    {
        var (refreshToken, stored) = NewRefreshToken(userId);
        db.RefreshTokens.Add(stored);
        await db.SaveChangesAsync(ct);
        return Pair(userId, refreshToken, stored.ExpiresAt);
    }

    public async Task<SessionTokens?> RotateAsync(string refreshToken, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var hash = ApiTokenSecrets.Hash(refreshToken);
        // Marking it used in the same statement that checks it: two concurrent refreshes cannot both win.
        var used = await db.RefreshTokens
            .Where(t => t.TokenHash == hash && t.RevokedAt == null && t.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct);
        if (used == 0)
            return null;
        var userId = await db.RefreshTokens.Where(t => t.TokenHash == hash).Select(t => t.UserId).SingleAsync(ct);
        return await StartAsync(userId, ct);
    }

    public async Task RevokeAsync(string refreshToken, CancellationToken ct)
    {
        var hash = ApiTokenSecrets.Hash(refreshToken);
        var now = clock.GetUtcNow();
        await db.RefreshTokens.Where(t => t.TokenHash == hash && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct);
    }

    private (string Token, RefreshToken Stored) NewRefreshToken(Guid userId)
    {
        var now = clock.GetUtcNow();
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, new RefreshToken
        {
            UserId = userId,
            TokenHash = ApiTokenSecrets.Hash(token),
            CreatedAt = now,
            ExpiresAt = now + options.Value.RefreshTokenLifetime,
        });
    }

    private SessionTokens Pair(Guid userId, string refreshToken, DateTimeOffset refreshExpiresAt)
    {
        var now = clock.GetUtcNow();
        var expires = now + options.Value.AccessTokenLifetime;
        var accessToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthOptions.Issuer,
            Audience = AuthOptions.Audience,
            Subject = new ClaimsIdentity([new Claim("sub", userId.ToString())]),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(options.Value.Key(), SecurityAlgorithms.HmacSha256),
        });
        return new SessionTokens(accessToken, expires, refreshToken, refreshExpiresAt);
    }
}
