using Microsoft.EntityFrameworkCore;
using PapiTracker.Infrastructure.Data;
using PapiTracker.Domain.Common;

namespace PapiTracker.Infrastructure.Idempotency;

/// <summary>What to do with a request that carries an Idempotency-Key.</summary>
public abstract record IdempotencyClaim
{
    /// <summary>First time (or a crashed attempt's key taken over): run it, then <see cref="IdempotencyStore.CompleteAsync"/> or release.</summary>
    public sealed record Run : IdempotencyClaim;

    /// <summary>Done before: answer as the first time.</summary>
    public sealed record Replay(IdempotentRequest First) : IdempotencyClaim;

    /// <summary>The key was used for a different request, or its first request is still running.</summary>
    public sealed record Refuse(Text Reason) : IdempotencyClaim;
}

/// <summary>
/// Keys are claimed with one INSERT … ON CONFLICT DO NOTHING, so of parallel requests with one key exactly
/// one runs. Written in SQL, outside the change tracker, so a failed request's pending changes are never
/// saved by the bookkeeping around it.
/// </summary>
public sealed class IdempotencyStore(ApplicationDbContext db, TimeProvider clock)
{
    /// <summary>A claim older than this without an answer is from a request that died; a retry may take it over.</summary>
    public static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(2);

    /// <summary>How long a key is remembered.</summary>
    public static readonly TimeSpan Kept = TimeSpan.FromHours(24);

    public async Task<IdempotencyClaim> ClaimAsync(string caller, string key, string fingerprint, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO idempotent_requests (caller, key, fingerprint, started_at) VALUES ({caller}, {key}, {fingerprint}, {now})
            ON CONFLICT (caller, key) DO NOTHING
            """, ct);
        if (inserted == 1)
            return new IdempotencyClaim.Run();

        var first = await db.Set<IdempotentRequest>().AsNoTracking().SingleAsync(r => r.Caller == caller && r.Key == key, ct);
        if (first.Fingerprint != fingerprint)
            return new IdempotencyClaim.Refuse(Messages.IdempotencyKeyReused);
        if (first.StatusCode is not null)
            return new IdempotencyClaim.Replay(first);

        var stale = now - Abandoned;
        var takenOver = await db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE idempotent_requests SET started_at = {now}
            WHERE caller = {caller} AND key = {key} AND status_code IS NULL AND started_at < {stale}
            """, ct);
        return takenOver == 1
            ? new IdempotencyClaim.Run()
            : new IdempotencyClaim.Refuse(Messages.IdempotencyKeyInProgress);
    }

    public async Task CompleteAsync(string caller, string key, int statusCode, string? contentType, byte[] body, string? location, string? etag) =>
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE idempotent_requests SET status_code = {statusCode}, content_type = {contentType}, body = {body}, location = {location}, e_tag = {etag}
            WHERE caller = {caller} AND key = {key}
            """);

    /// <summary>The request failed: forget the key so that a retry runs again.</summary>
    public async Task ReleaseAsync(string caller, string key) =>
        await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM idempotent_requests WHERE caller = {caller} AND key = {key} AND status_code IS NULL");

    public async Task<int> ForgetExpiredAsync(CancellationToken ct)
    {
        var expired = clock.GetUtcNow() - Kept;
        return await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM idempotent_requests WHERE started_at < {expired}", ct);
    }
}
