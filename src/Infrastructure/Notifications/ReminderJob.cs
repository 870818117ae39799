using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using PapiTracker.Domain.Common;
using PapiTracker.Infrastructure.Data;

namespace PapiTracker.Infrastructure.Notifications;

/// <summary>
/// Writes the notices that are due, to every user holding a role at the unit concerned: a report now owed,
/// due in 7 and in 2 days, overdue (for 30 days), returned, approved. One statement does it all; the unique
/// (user, dedup key) index makes a second run, or a run on another server at the same moment, add nothing.
/// With mail on, each new notice gets its outbox message in that same statement.
/// </summary>
public sealed class ReminderJob(ApplicationDbContext db, IOptions<ReminderOptions> options, TimeProvider clock)
{
    private const string Sql = """
        WITH owed AS (
            SELECT o.id, COALESCE(o.extended_to, p.due_on) AS due, p.coverage_from, s.id AS submission_id, s.status,
                   (SELECT max(v.number) FROM submission_versions v WHERE v.submission_id = s.id) AS version
            FROM report_obligations o
            JOIN reporting_periods p ON p.id = o.period_id
            LEFT JOIN report_submissions s ON s.obligation_id = o.id
        ),
        candidates AS (
            SELECT id, 'ObligationOpened' AS kind, 'opened:' || id AS dedup FROM owed
                WHERE coverage_from <= @today AND due >= @today AND (status IS NULL OR status = 'Draft')
            UNION ALL SELECT id, 'DueIn7Days', 'due7:' || id FROM owed
                WHERE due BETWEEN @today AND @today + 7 AND (status IS NULL OR status IN ('Draft', 'Returned'))
            UNION ALL SELECT id, 'DueIn2Days', 'due2:' || id FROM owed
                WHERE due BETWEEN @today AND @today + 2 AND (status IS NULL OR status IN ('Draft', 'Returned'))
            UNION ALL SELECT id, 'Overdue', 'overdue:' || id FROM owed
                WHERE due < @today AND due >= @today - 30 AND (status IS NULL OR status IN ('Draft', 'Returned'))
            UNION ALL SELECT id, 'ReportReturned', 'returned:' || submission_id || ':' || version FROM owed WHERE status = 'Returned'
            UNION ALL SELECT id, 'ReportApproved', 'approved:' || submission_id || ':' || version FROM owed WHERE status = 'Approved'
        ),
        inserted AS (
            INSERT INTO notifications (user_id, kind, obligation_id, dedup_key, created_at)
            SELECT DISTINCT r.user_id, c.kind, c.id, c.dedup, @now
            FROM candidates c
            JOIN report_obligations o ON o.id = c.id
            JOIN role_assignments r ON r.unit_id = o.unit_id
            ON CONFLICT (user_id, dedup_key) DO NOTHING
            RETURNING id, user_id
        ),
        mailed AS (
            INSERT INTO outbox_messages (notification_id, recipient, created_at, next_attempt_at, attempts)
            SELECT i.id, u.email, @now, @now, 0 FROM inserted i JOIN users u ON u.id = i.user_id
            WHERE @mail AND u.email IS NOT NULL AND u.email <> ''
            RETURNING 1
        )
        SELECT (SELECT count(*) FROM inserted)::int, (SELECT count(*) FROM mailed)::int
        """;

    /// <summary>Writes what is due now; returns how many notices and emails were added.</summary>
    public async Task<(int Notices, int Emails)> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
            await connection.OpenAsync(ct);
        try
        {
            await using var command = new NpgsqlCommand(Sql, connection);
            command.Parameters.AddWithValue("today", VietnamTime.Today(now));
            command.Parameters.AddWithValue("now", now);
            command.Parameters.AddWithValue("mail", options.Value.Smtp.Enabled);
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            return (reader.GetInt32(0), reader.GetInt32(1));
        }
        finally
        {
            if (opened)
                await connection.CloseAsync();
        }
    }
}
