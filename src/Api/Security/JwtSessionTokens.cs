using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PapiTracker.Application.ApiTokens;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Infrastructure.Data;
using PapiTracker.Infrastructure.Data.Changes;
using PapiTracker.Infrastructure.Identity;

namespace PapiTracker.Api.Security;

/// <summary>
/// Signed JWT access tokens (short-lived: user id and session id) and stored, hashed, single-use refresh
/// tokens. A session lives while one of its refresh tokens does; signing out ends it at once, access
/// tokens included (<see cref="IsLiveAsync"/>, checked on every request).
/// </summary>
internal sealed class JwtSessionTokens(ApplicationDbContext db, IOptions<AuthOptions> options, TimeProvider clock, LiveSessions live, ChangeChannel channel) : ISessionTokens
{
    public const string SessionClaim = "sid";

    public Task<SessionTokens> StartAsync(Guid userId, CancellationToken ct) => ContinueAsync(userId, Guid.CreateVersion7(), ct);

    /// <summary>
    /// The session still has a refresh token that is neither used up, revoked nor expired. Asked once per
    /// session until that token's expiry, then answered from <see cref="LiveSessions"/>.
    /// </summary>
    public async Task<bool> IsLiveAsync(Guid sessionId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (live.IsLive(sessionId, now) is { } known)
            return known;
        var until = await db.RefreshTokens
            .Where(t => t.SessionId == sessionId && t.RevokedAt == null && t.ExpiresAt > now)
            .MaxAsync(t => (DateTimeOffset?)t.ExpiresAt, ct);
        if (until is null)
            return false;
        live.Live(sessionId, until.Value, now);
        return true;
    }

    private async Task<SessionTokens> ContinueAsync(Guid userId, Guid sessionId, CancellationToken ct)
    {
        var (refreshToken, stored) = NewRefreshToken(userId, sessionId);
        db.RefreshTokens.Add(stored);
        await db.SaveChangesAsync(ct);
        return Pair(userId, sessionId, refreshToken, stored.ExpiresAt);
    }

    public async Task<Guid?> SessionOfAsync(string refreshToken, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var hash = ApiTokenSecrets.Hash(refreshToken);
        return await db.RefreshTokens
            .Where(t => t.TokenHash == hash && t.RevokedAt == null && t.ExpiresAt > now)
            .Select(t => (Guid?)t.SessionId)
            .SingleOrDefaultAsync(ct);
    }

    public async Task<SessionTokens?> RotateAsync(string refreshToken, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var hash = ApiTokenSecrets.Hash(refreshToken);
        // Marking it used in the same statement that checks it: two concurrent refreshes cannot both win.
        var marked = await db.RefreshTokens
            .Where(t => t.TokenHash == hash && t.RevokedAt == null && t.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct);
        if (marked == 0)
            return null;
        var used = await db.RefreshTokens.Where(t => t.TokenHash == hash).Select(t => new { t.UserId, t.SessionId }).SingleAsync(ct);
        return await ContinueAsync(used.UserId, used.SessionId, ct);
    }

    public async Task RevokeAsync(string refreshToken, CancellationToken ct)
    {
        var hash = ApiTokenSecrets.Hash(refreshToken);
        var now = clock.GetUtcNow();
        var session = await db.RefreshTokens.Where(t => t.TokenHash == hash).Select(t => (Guid?)t.SessionId).SingleOrDefaultAsync(ct);
        if (session is null)
            return;
        live.End(session.Value, now);
        // The other processes hear of the end when, and only when, the revocation commits.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.RefreshTokens.Where(t => t.SessionId == session && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct);
        await channel.SessionEndedAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), session.Value, ct);
        await transaction.CommitAsync(ct);
    }

    private (string Token, RefreshToken Stored) NewRefreshToken(Guid userId, Guid sessionId)
    {
        var now = clock.GetUtcNow();
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, new RefreshToken
        {
            UserId = userId,
            SessionId = sessionId,
            TokenHash = ApiTokenSecrets.Hash(token),
            CreatedAt = now,
            ExpiresAt = now + options.Value.RefreshTokenLifetime,
        });
    }

    private SessionTokens Pair(Guid userId, Guid sessionId, string refreshToken, DateTimeOffset refreshExpiresAt)
    {
        var now = clock.GetUtcNow();
        var expires = now + options.Value.AccessTokenLifetime;
        var accessToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthOptions.Issuer,
            Audience = AuthOptions.Audience,
            Subject = new ClaimsIdentity([new Claim("sub", userId.ToString()), new Claim(SessionClaim, sessionId.ToString())]),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(options.Value.Key(), SecurityAlgorithms.HmacSha256),
        });
        return new SessionTokens(accessToken, expires, refreshToken, refreshExpiresAt);
    }
}
