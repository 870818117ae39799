using Npgsql;

namespace PapiTracker.Infrastructure.Identity;

/// <summary>
/// Token buckets counted in the database, so every API process spends and sees one budget per key (ADR 18):
/// a caller's requests, a session's renewals, an address's sign-in requests. One upsert takes a token: it
/// refills the bucket for the time since it was last counted (evenly, <c>permits</c> per <c>window</c>, never
/// over <c>permits</c>), then takes one if there is one. The database's clock counts, so processes on hosts
/// whose clocks differ still share one rate.
/// </summary>
public sealed class RequestBudgets(NpgsqlDataSource database)
{
    /// <summary>What a take found: whether a token was given, the whole tokens left, and how long until the next one.</summary>
    public readonly record struct Count(bool Granted, int Remaining, TimeSpan NextToken);

    public async Task<Count> TakeAsync(string key, int permits, TimeSpan window, CancellationToken ct)
    {
        var perSecond = permits / window.TotalSeconds;
        await using var command = database.CreateCommand("""
            INSERT INTO request_budgets AS b (key, tokens, counted_at, full_at, granted)
            VALUES (@key, @permits - 1, now(), now() + make_interval(secs => 1 / @perSecond), true)
            ON CONFLICT (key) DO UPDATE SET (tokens, counted_at, full_at, granted) = (
                SELECT left_over, now(), now() + make_interval(secs => (@permits - left_over) / @perSecond), refilled >= 1
                FROM (SELECT refilled, CASE WHEN refilled >= 1 THEN refilled - 1 ELSE refilled END AS left_over
                      FROM (SELECT LEAST(@permits, b.tokens + extract(epoch FROM now() - b.counted_at)::double precision * @perSecond) AS refilled) r) t)
            RETURNING tokens, granted
            """);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("permits", (double)permits);
        command.Parameters.AddWithValue("perSecond", perSecond);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var tokens = reader.GetDouble(0);
        return new Count(reader.GetBoolean(1), (int)Math.Floor(tokens), TimeSpan.FromSeconds((1 - (tokens - Math.Floor(tokens))) / perSecond));
    }

    /// <summary>Forgets the buckets that are full again: a missing bucket is a full one.</summary>
    public async Task SweepAsync(CancellationToken ct)
    {
        await using var command = database.CreateCommand("DELETE FROM request_budgets WHERE full_at <= now()");
        await command.ExecuteNonQueryAsync(ct);
    }
}
