using Npgsql;

namespace PapiTracker.Infrastructure.Identity;

/// <summary>
/// Failed sign-ins per caller address in a fixed window, counted in the database so that every API
/// process spends and sees one budget (ADR 7, ADR 11). One upsert counts a failure: a window that has
/// ended starts again at one.
/// </summary>
public sealed class SignInFailures(NpgsqlDataSource database, TimeProvider clock)
{
    /// <summary>How long the address must wait when it has <paramref name="permits"/> failures in its window; null when it may try.</summary>
    public async Task<TimeSpan?> MustWaitAsync(string address, int permits, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand(
            "SELECT window_ends_at FROM sign_in_failures WHERE address = @address AND window_ends_at > @now AND failures >= @permits", connection);
        command.Parameters.AddWithValue("address", address);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("permits", permits);
        return await command.ExecuteScalarAsync(ct) is DateTime until ? new DateTimeOffset(until, TimeSpan.Zero) - now : null;
    }

    public async Task RecordAsync(string address, TimeSpan window, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand("""
            INSERT INTO sign_in_failures AS f (address, window_ends_at, failures) VALUES (@address, @ends, 1)
            ON CONFLICT (address) DO UPDATE SET
                failures = CASE WHEN f.window_ends_at <= @now THEN 1 ELSE f.failures + 1 END,
                window_ends_at = CASE WHEN f.window_ends_at <= @now THEN @ends ELSE f.window_ends_at END
            """, connection);
        command.Parameters.AddWithValue("address", address);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("ends", now + window);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Forgets the windows that have ended: a missing row is an address with no failures.</summary>
    public async Task SweepAsync(CancellationToken ct)
    {
        await using var command = database.CreateCommand("DELETE FROM sign_in_failures WHERE window_ends_at <= @now");
        command.Parameters.AddWithValue("now", clock.GetUtcNow());
        await command.ExecuteNonQueryAsync(ct);
    }
}
