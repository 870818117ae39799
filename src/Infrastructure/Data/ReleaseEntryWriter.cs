using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using PapiTracker.Application.ScoreReleases.Commands.ImportScoreRelease;
using PapiTracker.Domain.Scores;

namespace PapiTracker.Infrastructure.Data;

/// <summary>
/// Two statements for a whole score file: the entries from arrays (their identity ids come back), then
/// every score from arrays. Column lists name the tables EF Core maps <see cref="ReleaseEntry"/> and
/// <see cref="ProvinceScore"/> to (the import tests read them back through EF).
/// </summary>
internal sealed class ReleaseEntryWriter(ApplicationDbContext db) : IReleaseEntryWriter
{
    public async Task WriteEntriesAsync(IReadOnlyList<ScoreRelease> releases, CancellationToken ct)
    {
        var lines = releases.SelectMany(r => r.Entries.Select(e => (Release: r.Id, Entry: e))).ToList();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();

        await using var insertEntries = new NpgsqlCommand(
            """
            INSERT INTO release_entries (score_release_id, revision, province_id, published_total)
            SELECT * FROM unnest(@releases, @revisions, @provinces, @totals)
            RETURNING id, score_release_id, province_id
            """, connection, transaction);
        insertEntries.Parameters.AddWithValue("releases", lines.Select(l => l.Release).ToArray());
        insertEntries.Parameters.AddWithValue("revisions", lines.Select(l => l.Entry.Revision).ToArray());
        insertEntries.Parameters.AddWithValue("provinces", lines.Select(l => l.Entry.ProvinceId).ToArray());
        insertEntries.Parameters.Add(new NpgsqlParameter<decimal?[]>("totals", lines.Select(l => l.Entry.PublishedTotal).ToArray()));
        var ids = new Dictionary<(int Release, int Province), int>();
        await using (var reader = await insertEntries.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                ids[(reader.GetInt32(1), reader.GetInt32(2))] = reader.GetInt32(0);

        var scores = lines.SelectMany(l => l.Entry.Scores.Select(s => (Entry: ids[(l.Release, l.Entry.ProvinceId)], s.SubDimensionId, s.Value))).ToList();
        await using var insertScores = new NpgsqlCommand(
            """
            INSERT INTO province_scores (release_entry_id, sub_dimension_id, value)
            SELECT * FROM unnest(@entries, @subDimensions, @values)
            """, connection, transaction);
        insertScores.Parameters.AddWithValue("entries", scores.Select(s => s.Entry).ToArray());
        insertScores.Parameters.AddWithValue("subDimensions", scores.Select(s => s.SubDimensionId).ToArray());
        insertScores.Parameters.AddWithValue("values", scores.Select(s => s.Value).ToArray());
        await insertScores.ExecuteNonQueryAsync(ct);

        db.ChangeTracker.Clear();
    }
}
