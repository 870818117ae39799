using System.Diagnostics;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace PapiTracker.Generator;

/// <summary>
/// Writes the dataset with binary COPY and explicit column lists, then moves the app's HiLo and
/// identity sequences past the written keys so the app can insert afterwards.
/// </summary>
public sealed class BulkWriter : IAsyncDisposable
{
    /// <summary>Big tables whose secondary indexes are dropped during the COPY and rebuilt after it.</summary>
    private static readonly string[] _rebuiltTables =
        ["action_progress", "audit_entries", "report_submissions", "report_obligations", "action_unit", "submission_versions"];

    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlConnection _connection;

    private BulkWriter(NpgsqlDataSource dataSource, NpgsqlConnection connection)
    {
        _dataSource = dataSource;
        _connection = connection;
    }

    public static async Task<BulkWriter> OpenAsync(string connectionString)
    {
        var dataSource = NpgsqlDataSource.Create(connectionString);
        var connection = await dataSource.OpenConnectionAsync();
        return new BulkWriter(dataSource, connection);
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        await _dataSource.DisposeAsync();
    }

    public async Task WriteAsync(NationalDataset data)
    {
        if (await ScalarAsync<long>("select count(*) from org_units") > 0)
            throw new InvalidOperationException("The database already holds org units: generate into a freshly migrated database.");
        await ExecuteAsync("set synchronous_commit = off");
        // The rows are consistent by construction; skipping the per-row foreign key triggers halves the time.
        // Needs a superuser (the throwaway benchmark server); without one the triggers simply run.
        try { await ExecuteAsync("set session_replication_role = replica"); }
        catch (PostgresException e) { Progress.Step($"foreign key checks stay on ({e.MessageText})"); }

        var indexes = await DropSecondaryIndexesAsync();
        await CopyAsync("org_units (id, key, kind, code, name_vi, name_en, search_key, parent_id, path, reports_to_id, active_from)", data.Units, (w, u) =>
        {
            w.Write(u.Id, NpgsqlDbType.Integer);
            w.Write(u.Key, NpgsqlDbType.Uuid);
            w.Write(u.Kind, NpgsqlDbType.Varchar);
            Nullable(w, u.Code, NpgsqlDbType.Varchar);
            w.Write(u.NameVi, NpgsqlDbType.Varchar);
            Nullable(w, u.NameEn, NpgsqlDbType.Varchar);
            w.Write(u.SearchKey, NpgsqlDbType.Varchar);
            Nullable(w, u.ParentId, NpgsqlDbType.Integer);
            w.Write(u.Path, NpgsqlDbType.Varchar);
            Nullable(w, u.ReportsToId, NpgsqlDbType.Integer);
            w.Write(new DateOnly(2000, 1, 1), NpgsqlDbType.Date);
        });
        await CopyAsync(
            "users (id, display_name, user_name, normalized_user_name, email_confirmed, password_hash, security_stamp, concurrency_stamp, " +
            "phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count)", data.Users, (w, u) =>
        {
            w.Write(u.Id, NpgsqlDbType.Uuid);
            w.Write(u.DisplayName, NpgsqlDbType.Varchar);
            w.Write(u.UserName, NpgsqlDbType.Varchar);
            w.Write(u.UserName.ToUpperInvariant(), NpgsqlDbType.Varchar);
            w.Write(false, NpgsqlDbType.Boolean);
            w.Write(data.PasswordHash, NpgsqlDbType.Text);
            w.Write(u.Id.ToString("N").ToUpperInvariant(), NpgsqlDbType.Text);
            w.Write(u.Id.ToString(), NpgsqlDbType.Text);
            w.Write(false, NpgsqlDbType.Boolean);
            w.Write(false, NpgsqlDbType.Boolean);
            w.Write(true, NpgsqlDbType.Boolean);
            w.Write(0, NpgsqlDbType.Integer);
        });
        await CopyAsync("role_assignments (id, user_id, role, unit_id)", data.Roles, (w, r) =>
        {
            w.Write(r.Id, NpgsqlDbType.Integer);
            w.Write(r.UserId, NpgsqlDbType.Uuid);
            w.Write(r.Role, NpgsqlDbType.Varchar);
            Nullable(w, r.UnitId, NpgsqlDbType.Integer);
        });
        await CopyAsync(
            "plans (id, province_id, framework, document_number, issued_on, issuer_vi, issuer_en, title_vi, title_en, baseline_year, target_year, status)",
            data.Plans, (w, p) =>
        {
            w.Write(p.Id, NpgsqlDbType.Integer);
            w.Write(p.ProvinceId, NpgsqlDbType.Integer);
            w.Write("PAPI", NpgsqlDbType.Varchar);
            w.Write(p.DocumentNumber, NpgsqlDbType.Varchar);
            w.Write(p.IssuedOn, NpgsqlDbType.Date);
            w.Write(p.IssuerVi, NpgsqlDbType.Varchar);
            w.Write(p.IssuerEn, NpgsqlDbType.Varchar);
            w.Write(p.TitleVi, NpgsqlDbType.Varchar);
            w.Write(p.TitleEn, NpgsqlDbType.Varchar);
            w.Write(p.BaselineYear, NpgsqlDbType.Integer);
            w.Write(p.TargetYear, NpgsqlDbType.Integer);
            w.Write("InForce", NpgsqlDbType.Varchar);
        });
        // Every plan answers PAPI alone, its lead index.
        await CopyAsync("plan_indices (plan_id, framework, baseline_year, position)", data.Plans, (w, p) =>
        {
            w.Write(p.Id, NpgsqlDbType.Integer);
            w.Write("PAPI", NpgsqlDbType.Varchar);
            w.Write(p.BaselineYear, NpgsqlDbType.Integer);
            w.Write(0, NpgsqlDbType.Integer);
        });
        await CopyAsync("plan_target (plan_id, framework, kind, code, value, note_vi)", data.Targets, (w, t) =>
        {
            w.Write(t.PlanId, NpgsqlDbType.Integer);
            w.Write("PAPI", NpgsqlDbType.Varchar);
            w.Write(t.Kind, NpgsqlDbType.Varchar);
            Nullable(w, t.Code, NpgsqlDbType.Varchar);
            w.Write(t.Value, NpgsqlDbType.Numeric);
            w.Write(t.NoteVi, NpgsqlDbType.Varchar);
        });
        await CopyAsync(
            "action_items (id, plan_id, code, kind, dimensions, sub_dimensions, text_vi, text_en, search_key, start_date, due_date, recurring, review_cadence, status, completed_on)",
            data.Actions, (w, a) =>
        {
            w.Write(a.Id, NpgsqlDbType.Integer);
            w.Write(a.PlanId, NpgsqlDbType.Integer);
            w.Write(a.Code, NpgsqlDbType.Varchar);
            w.Write(a.Kind, NpgsqlDbType.Varchar);
            w.Write(a.Dimensions, NpgsqlDbType.Array | NpgsqlDbType.Text);
            w.Write(a.SubDimensions, NpgsqlDbType.Array | NpgsqlDbType.Text);
            w.Write(a.TextVi, NpgsqlDbType.Varchar);
            w.Write(a.TextEn, NpgsqlDbType.Varchar);
            w.Write(a.SearchKey, NpgsqlDbType.Text);
            Nullable(w, a.StartDate, NpgsqlDbType.Date);
            Nullable(w, a.DueDate, NpgsqlDbType.Date);
            w.Write(a.Recurring, NpgsqlDbType.Boolean);
            Nullable(w, a.ReviewCadence, NpgsqlDbType.Varchar);
            w.Write(a.Status, NpgsqlDbType.Varchar);
            Nullable(w, a.CompletedOn, NpgsqlDbType.Date);
        });
        await CopyAsync("action_unit (action_item_id, unit_id, role)", data.ActionUnits, (w, u) =>
        {
            w.Write(u.ActionItemId, NpgsqlDbType.Integer);
            w.Write(u.UnitId, NpgsqlDbType.Integer);
            w.Write(u.Role, NpgsqlDbType.Varchar);
        });
        await CopyAsync("reporting_periods (id, plan_id, kind, year, coverage_from, coverage_to, due_on, lock_on, data_cut_off)", data.Periods, (w, p) =>
        {
            w.Write(p.Id, NpgsqlDbType.Integer);
            w.Write(p.PlanId, NpgsqlDbType.Integer);
            w.Write(p.Kind, NpgsqlDbType.Varchar);
            w.Write(p.Year, NpgsqlDbType.Integer);
            w.Write(p.CoverageFrom, NpgsqlDbType.Date);
            w.Write(p.CoverageTo, NpgsqlDbType.Date);
            w.Write(p.DueOn, NpgsqlDbType.Date);
            Nullable(w, p.LockOn, NpgsqlDbType.Date);
            Nullable(w, p.DataCutOff, NpgsqlDbType.Date);
        });
        await CopyAsync("report_obligations (id, period_id, unit_id, recipient_id, extended_to, extension_reason)", data.Obligations, (w, o) =>
        {
            w.Write(o.Id, NpgsqlDbType.Integer);
            w.Write(o.PeriodId, NpgsqlDbType.Integer);
            w.Write(o.UnitId, NpgsqlDbType.Integer);
            w.Write(o.RecipientId, NpgsqlDbType.Integer);
            Nullable(w, o.ExtendedTo, NpgsqlDbType.Date);
            Nullable(w, o.ExtensionReason, NpgsqlDbType.Varchar);
        });
        await CopyAsync(
            "report_submissions (id, obligation_id, status, narratives, submitted_at, submitted_by, on_time, return_reason, reviewed_at, reviewed_by, " +
            "committed_action_ids)",
            data.Submissions, (w, s) =>
        {
            w.Write(s.Id, NpgsqlDbType.Integer);
            w.Write(s.ObligationId, NpgsqlDbType.Integer);
            w.Write(s.Status, NpgsqlDbType.Varchar);
            w.Write(s.Narratives, NpgsqlDbType.Jsonb);
            Nullable(w, s.SubmittedAt, NpgsqlDbType.TimestampTz);
            Nullable(w, s.SubmittedBy, NpgsqlDbType.Uuid);
            Nullable(w, s.OnTime, NpgsqlDbType.Boolean);
            Nullable(w, s.ReturnReason, NpgsqlDbType.Varchar);
            Nullable(w, s.ReviewedAt, NpgsqlDbType.TimestampTz);
            Nullable(w, s.ReviewedBy, NpgsqlDbType.Uuid);
            w.Write(Array.Empty<int>(), NpgsqlDbType.Array | NpgsqlDbType.Integer);
        });
        // What the receiver reads: the version frozen when the report was sent (one per sent report).
        await CopyAsync(
            "submission_versions (submission_id, number, content, submitted_at, submitted_by, on_time, decision, reason, reviewed_at, reviewed_by)",
            data.Submissions.Where(s => s.SubmittedAt is not null), (w, s) =>
        {
            w.Write(s.Id, NpgsqlDbType.Integer);
            w.Write(1, NpgsqlDbType.Integer);
            w.Write(
                $"{{\"narratives\":{s.Narratives},\"unitPlan\":{{\"number\":null,\"issuedOn\":null,\"documentId\":null,\"committedActionIds\":[]}}," +
                "\"actions\":[],\"attachments\":[]}", NpgsqlDbType.Jsonb);
            w.Write(s.SubmittedAt!.Value, NpgsqlDbType.TimestampTz);
            Nullable(w, s.SubmittedBy, NpgsqlDbType.Uuid);
            w.Write(s.OnTime ?? true, NpgsqlDbType.Boolean);
            w.Write(s.Status, NpgsqlDbType.Varchar);
            Nullable(w, s.ReturnReason, NpgsqlDbType.Varchar);
            Nullable(w, s.ReviewedAt, NpgsqlDbType.TimestampTz);
            Nullable(w, s.ReviewedBy, NpgsqlDbType.Uuid);
        });
        await CopyAsync(
            "action_progress (id, action_item_id, unit_id, author_id, recorded_at, reported_on, status, percent, narrative)", data.Progress, (w, p) =>
        {
            w.Write(p.Id, NpgsqlDbType.Bigint);
            w.Write(p.ActionItemId, NpgsqlDbType.Integer);
            w.Write(p.UnitId, NpgsqlDbType.Integer);
            Nullable(w, p.AuthorId, NpgsqlDbType.Uuid);
            w.Write(p.RecordedAt, NpgsqlDbType.TimestampTz);
            w.Write(p.ReportedOn, NpgsqlDbType.Date);
            w.Write(p.Status, NpgsqlDbType.Varchar);
            w.Write(p.Percent, NpgsqlDbType.Integer);
            w.Write(p.Narrative, NpgsqlDbType.Varchar);
        });
        await CopyAsync("audit_entries (at, user_id, entity_type, entity_id, action, changes, unit_path)", AuditTrail.Of(data), (w, a) =>
        {
            w.Write(a.At, NpgsqlDbType.TimestampTz);
            Nullable(w, a.UserId, NpgsqlDbType.Uuid);
            w.Write(a.EntityType, NpgsqlDbType.Varchar);
            w.Write(a.EntityId, NpgsqlDbType.Varchar);
            w.Write(a.Action, NpgsqlDbType.Varchar);
            w.Write(a.Changes, NpgsqlDbType.Jsonb);
            Nullable(w, a.UnitPath, NpgsqlDbType.Varchar);
        });

        await ExecuteAsync("set session_replication_role = origin");
        await RebuildIndexesAsync(indexes);
        await MoveSequencesAsync();
        var clock = Stopwatch.StartNew();
        await ExecuteAsync("vacuum (analyze)");
        Progress.Step($"vacuum analyze in {clock.Elapsed.TotalSeconds:0.0} s; database size {await ScalarAsync<string>("select pg_size_pretty(pg_database_size(current_database()))")}");
    }

    private async Task<List<string>> DropSecondaryIndexesAsync()
    {
        var definitions = new List<(string Name, string Definition)>();
        await using (var command = new NpgsqlCommand(
            "select i.relname, pg_get_indexdef(x.indexrelid) from pg_index x join pg_class i on i.oid = x.indexrelid " +
            "join pg_class t on t.oid = x.indrelid where t.relname = any(@tables) and not x.indisprimary and t.relnamespace = 'public'::regnamespace",
            _connection))
        {
            command.Parameters.AddWithValue("tables", _rebuiltTables);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                definitions.Add((reader.GetString(0), reader.GetString(1)));
        }
        foreach (var (name, _) in definitions)
            await ExecuteAsync($"drop index \"{name}\"");
        return definitions.Select(d => d.Definition).ToList();
    }

    private async Task RebuildIndexesAsync(List<string> definitions)
    {
        var clock = Stopwatch.StartNew();
        await ExecuteAsync("set maintenance_work_mem = '256MB'");
        foreach (var definition in definitions)
            await ExecuteAsync(definition);
        Progress.Step($"{definitions.Count} secondary indexes rebuilt in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>HiLo sequences hand out blocks starting at nextval; identity columns continue after the highest key.</summary>
    private async Task MoveSequencesAsync()
    {
        (string Sequence, string Table)[] hilo =
        [
            ("org_units_hilo", "org_units"), ("role_assignments_hilo", "role_assignments"), ("plans_hilo", "plans"),
            ("action_items_hilo", "action_items"), ("action_progress_hilo", "action_progress"), ("reporting_periods_hilo", "reporting_periods"),
            ("report_obligations_hilo", "report_obligations"), ("report_submissions_hilo", "report_submissions"),
        ];
        foreach (var (sequence, table) in hilo)
            await ExecuteAsync($"select setval('{sequence}', (select coalesce(max(id), 0) + 1 from {table}), false)");
        foreach (var table in new[] { "audit_entries", "plan_target" })
            await ExecuteAsync($"select setval(pg_get_serial_sequence('{table}', 'id'), (select coalesce(max(id), 0) + 1 from {table}), false)");
        Progress.Step("sequences moved past the generated keys");
    }

    private async Task CopyAsync<T>(string target, IEnumerable<T> rows, Action<NpgsqlBinaryImporter, T> write)
    {
        var clock = Stopwatch.StartNew();
        await using var importer = await _connection.BeginBinaryImportAsync($"COPY {target} FROM STDIN (FORMAT BINARY)");
        long count = 0;
        foreach (var row in rows)
        {
            importer.StartRow();
            write(importer, row);
            count++;
        }
        await importer.CompleteAsync();
        var table = target[..target.IndexOf(' ')];
        Progress.Step($"{table}: {count:N0} rows in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    private static void Nullable<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type) where T : class
    {
        if (value is null) writer.WriteNull();
        else writer.Write(value, type);
    }

    private static void Nullable<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type) where T : struct
    {
        if (value is { } v) writer.Write(v, type);
        else writer.WriteNull();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = new NpgsqlCommand(sql, _connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = new NpgsqlCommand(sql, _connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}

/// <summary>One audit entry as the app's auditing interceptor writes it.</summary>
public sealed record AuditRow(DateTimeOffset At, Guid? UserId, string EntityType, string EntityId, string Action, string Changes, string? UnitPath);

/// <summary>
/// The trail the app would have written for the generated history: a Created entry per progress
/// report, and per submission its draft, its sending and its review, in time order so ids grow with time.
/// </summary>
internal static class AuditTrail
{
    public static IEnumerable<AuditRow> Of(NationalDataset data)
    {
        // (time, source, index): 0 = progress, 1 = draft saved, 2 = submitted, 3 = reviewed.
        var events = new List<(DateTimeOffset At, byte Source, int Index)>(data.Progress.Count + 3 * data.Submissions.Count);
        for (var i = 0; i < data.Progress.Count; i++)
            events.Add((data.Progress[i].RecordedAt, 0, i));
        for (var i = 0; i < data.Submissions.Count; i++)
        {
            var s = data.Submissions[i];
            events.Add((s.DraftedAt, 1, i));
            if (s.SubmittedAt is { } sent) events.Add((sent, 2, i));
            if (s.ReviewedAt is { } reviewed) events.Add((reviewed, 3, i));
        }
        events.Sort((a, b) => a.At.CompareTo(b.At));
        foreach (var (at, source, index) in events)
        {
            if (source == 0)
            {
                var p = data.Progress[index];
                yield return new AuditRow(at, p.AuthorId, "ActionProgress", $"{p.Id}", "Created", JsonSerializer.Serialize(new
                {
                    actionItemId = new { after = p.ActionItemId },
                    unitId = new { after = p.UnitId },
                    authorId = new { after = p.AuthorId },
                    recordedAt = new { after = p.RecordedAt },
                    reportedOn = new { after = p.ReportedOn },
                    status = new { after = p.Status },
                    percent = new { after = p.Percent },
                    narrative = new { after = p.Narrative },
                }), p.UnitPath);
                continue;
            }
            var s = data.Submissions[index];
            yield return source switch
            {
                1 => new AuditRow(at, s.SubmittedBy, "ReportSubmission", $"{s.Id}", "Created", JsonSerializer.Serialize(new
                {
                    obligationId = new { after = s.ObligationId },
                    status = new { after = "Draft" },
                    narratives = new { after = s.Narratives },
                }), s.UnitPath),
                2 => new AuditRow(at, s.SubmittedBy, "ReportSubmission", $"{s.Id}", "Updated", JsonSerializer.Serialize(new
                {
                    status = new { before = "Draft", after = "Submitted" },
                    submittedAt = new { before = (DateTimeOffset?)null, after = s.SubmittedAt },
                    onTime = new { before = (bool?)null, after = s.OnTime },
                }), s.UnitPath),
                _ => new AuditRow(at, s.ReviewedBy, "ReportSubmission", $"{s.Id}", "Updated", JsonSerializer.Serialize(new
                {
                    status = new { before = "Submitted", after = s.Status },
                    reviewedAt = new { before = (DateTimeOffset?)null, after = s.ReviewedAt },
                    returnReason = new { before = (string?)null, after = s.ReturnReason },
                }), s.UnitPath),
            };
        }
    }
}
