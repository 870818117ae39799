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
/// A running claim is also held as a PostgreSQL advisory lock on the request's own connection, kept open
/// until the claim ends: when its process dies, the connection and the lock go with it, so a retry (through
/// any process) can tell a request that still runs (lock held: 409) from one that died (lock free: it runs
/// again) at once, not after <see cref="Abandoned"/>.
/// </summary>
public sealed class IdempotencyStore(ApplicationDbContext db, TimeProvider clock)
{
    /// <summary>A claim older than this without an answer is taken over even while its lock is held (a process hung, not dead).</summary>
    public static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(2);

    /// <summary>How long a key is remembered.</summary>
    public static readonly TimeSpan Kept = TimeSpan.FromHours(24);

    public async Task<IdempotencyClaim> ClaimAsync(string caller, string key, string fingerprint, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await db.Database.OpenConnectionAsync(ct);
        var locked = await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock(hashtextextended({caller} || ' ' || {key}, 0)) AS \"Value\"").SingleAsync(ct);
        var claim = await ClaimLockedAsync(caller, key, fingerprint, locked, now, ct);
        if (claim is not IdempotencyClaim.Run)
            await EndClaimAsync(caller, key, locked);
        return claim;
    }

    private async Task<IdempotencyClaim> ClaimLockedAsync(string caller, string key, string fingerprint, bool locked, DateTimeOffset now, CancellationToken ct)
    {
        if (locked)
        {
            var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO idempotent_requests (caller, key, fingerprint, started_at) VALUES ({caller}, {key}, {fingerprint}, {now})
                ON CONFLICT (caller, key) DO NOTHING
                """, ct);
            if (inserted == 1)
                return new IdempotencyClaim.Run();
        }

        var first = await db.Set<IdempotentRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.Caller == caller && r.Key == key, ct);
        if (first is null)
            return new IdempotencyClaim.Refuse(Messages.IdempotencyKeyInProgress); // its first request is still claiming it
        if (first.Fingerprint != fingerprint)
            return new IdempotencyClaim.Refuse(Messages.IdempotencyKeyReused);
        if (first.StatusCode is not null)
            return new IdempotencyClaim.Replay(first);

        // Unanswered: with the lock free its request died (its connection is gone); held, it still runs unless hung for long.
        var stale = now - Abandoned;
        var takenOver = await db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE idempotent_requests SET started_at = {now}
            WHERE caller = {caller} AND key = {key} AND status_code IS NULL AND ({locked} OR started_at < {stale})
            """, ct);
        return takenOver == 1
            ? new IdempotencyClaim.Run()
            : new IdempotencyClaim.Refuse(Messages.IdempotencyKeyInProgress);
    }

    public async Task CompleteAsync(string caller, string key, int statusCode, string? contentType, byte[] body, string? location, string? etag)
    {
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE idempotent_requests SET status_code = {statusCode}, content_type = {contentType}, body = {body}, location = {location}, e_tag = {etag}
            WHERE caller = {caller} AND key = {key}
            """);
        await EndClaimAsync(caller, key, locked: true);
    }

    /// <summary>The request failed: forget the key so that a retry runs again.</summary>
    public async Task ReleaseAsync(string caller, string key)
    {
        await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM idempotent_requests WHERE caller = {caller} AND key = {key} AND status_code IS NULL");
        await EndClaimAsync(caller, key, locked: true);
    }

    /// <summary>Gives the lock back and lets the connection go back to the pool.</summary>
    private async Task EndClaimAsync(string caller, string key, bool locked)
    {
        if (locked)
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_unlock(hashtextextended({caller} || ' ' || {key}, 0))");
        await db.Database.CloseConnectionAsync();
    }

    public async Task<int> ForgetExpiredAsync(CancellationToken ct)
    {
        var expired = clock.GetUtcNow() - Kept;
        return await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM idempotent_requests WHERE started_at < {expired}", ct);
    }
}
