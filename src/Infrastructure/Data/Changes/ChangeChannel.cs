using System.Data.Common;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace PapiTracker.Infrastructure.Data.Changes;

/// <summary>
/// What one committed change tells the other API processes: the entity types it touched (null: assume
/// everything changed) and the sessions it ended. <paramref name="From"/> names the process that sent it,
/// which has already forgotten what it held.
/// </summary>
public sealed record ChangeNotice(Guid From, IReadOnlyList<string>? Types, IReadOnlyList<Guid> EndedSessions)
{
    public bool Everything => Types is null;
}

/// <summary>
/// The PostgreSQL channel every API process listens on (ADR 11). A notice is sent with <c>pg_notify</c> inside
/// the transaction of the change it describes, so PostgreSQL delivers it when, and only when, that
/// transaction commits.
/// </summary>
public sealed class ChangeChannel
{
    public const string Name = "papitracker_changes";

    /// <summary>PostgreSQL refuses payloads of 8000 bytes or more; a longer notice says "everything" instead.</summary>
    private const int MaxPayloadBytes = 7_900;

    /// <summary>This process, so that it skips its own notices.</summary>
    public Guid Instance { get; } = Guid.NewGuid();

    public async Task ChangedAsync(DbConnection connection, DbTransaction? transaction, IEnumerable<Type> entityTypes, CancellationToken ct)
    {
        await using var command = Command(connection, transaction, Changed(entityTypes));
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>For a synchronous commit.</summary>
    public void Changed(DbConnection connection, DbTransaction? transaction, IEnumerable<Type> entityTypes)
    {
        using var command = Command(connection, transaction, Changed(entityTypes));
        command.ExecuteNonQuery();
    }

    public async Task SessionEndedAsync(DbConnection connection, DbTransaction? transaction, Guid sessionId, CancellationToken ct)
    {
        await using var command = Command(connection, transaction, new ChangeNotice(Instance, [], [sessionId]));
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The notice in a payload; null when it is not one (then the listener forgets everything).</summary>
    public static ChangeNotice? Read(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<ChangeNotice>(payload);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private ChangeNotice Changed(IEnumerable<Type> entityTypes) =>
        new(Instance, [.. entityTypes.Select(t => t.Name).Distinct().Order()], []);

    private static NpgsqlCommand Command(DbConnection connection, DbTransaction? transaction, ChangeNotice notice)
    {
        var payload = JsonSerializer.Serialize(notice);
        if (Encoding.UTF8.GetByteCount(payload) > MaxPayloadBytes)
            payload = JsonSerializer.Serialize(notice with { Types = null, EndedSessions = [] });
        var command = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", (NpgsqlConnection)connection, (NpgsqlTransaction?)transaction);
        command.Parameters.AddWithValue("channel", Name);
        command.Parameters.AddWithValue("payload", payload);
        return command;
    }
}
