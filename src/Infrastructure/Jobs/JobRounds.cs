using Npgsql;

namespace PapiTracker.Infrastructure.Jobs;

/// <summary>
/// Runs a background job's round in one API process at a time: the round holds a PostgreSQL advisory lock
/// (taken in a transaction of its own connection, so it goes with the commit, or with the connection if
/// the process dies), and a process that finds it held skips that round.
/// </summary>
public sealed class JobRounds(NpgsqlDataSource database)
{
    /// <summary>The reminders, the outbox and the idempotency keys' expiry, run together.</summary>
    public const long Reminders = 0x5041_5049_0001; // "PAPI" and the job's number

    /// <summary>The <c>PeriodLocked</c> events of periods whose lock day has ended.</summary>
    public const long PeriodLocks = 0x5041_5049_0002;

    /// <summary>Webhook delivery: taking new events after each subscription's cursor, and sending what is due.</summary>
    public const long Webhooks = 0x5041_5049_0003;

    /// <summary>True when this process ran the round; false when another was running it.</summary>
    public async Task<bool> RunAloneAsync(long job, Func<CancellationToken, Task> round, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var take = new NpgsqlCommand("SELECT pg_try_advisory_xact_lock(@job)", connection, transaction);
        take.Parameters.AddWithValue("job", job);
        if (await take.ExecuteScalarAsync(ct) is not true)
            return false;
        await round(ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
