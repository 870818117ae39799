using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.ScoreReleases.Commands.ImportScoreRelease;
using PapiTracker.Domain.Frameworks;
using PapiTracker.Domain.Scores;

namespace PapiTracker.Application.ScoreReleases;

/// <summary>A revision about to be written: the release (new, or with its next revision started), where it came from and its lines.</summary>
public sealed record PendingRevision(
    ScoreRelease Release,
    RevisionKind Kind,
    string? Sha256,
    int? RestoredFrom,
    ReleaseChanges Changes,
    IReadOnlyList<PendingLine> Lines);

/// <summary>A province's line: its values and the publisher's total when the file carried one.</summary>
public sealed record PendingLine(int ProvinceId, IReadOnlyList<(SubDimension SubDimension, decimal Value)> Values, decimal? PublishedTotal);

/// <summary>
/// Writes new revisions of releases, for imports and restores alike, in the caller's transaction: the
/// releases first (a new one gets its id), then each revision's record (an audit trail entry: who, file,
/// SHA-256, counts, changes), then its lines set-based. Earlier revisions are never touched.
/// </summary>
public sealed class ReleaseRevisionWriter(IApplicationDbContext db, IReleaseEntryWriter entries, ICurrentUser caller)
{
    public async Task WriteAsync(IReadOnlyList<PendingRevision> revisions, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        foreach (var revision in revisions)
        {
            db.ScoreReleaseRevisions.Add(ScoreReleaseRevision.Record(
                revision.Release, revision.Kind, revision.Sha256, revision.RestoredFrom, caller.UserId, caller.ApiTokenId, revision.Changes));
        }
        await db.SaveChangesAsync(ct);
        foreach (var revision in revisions)
        {
            foreach (var line in revision.Lines)
                revision.Release.AddEntry(line.ProvinceId, line.Values, line.PublishedTotal);
        }
        await entries.WriteEntriesAsync(revisions.Select(r => r.Release).ToList(), ct);
    }
}
