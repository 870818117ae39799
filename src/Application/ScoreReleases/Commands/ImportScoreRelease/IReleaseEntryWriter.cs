using PapiTracker.Domain.Scores;

namespace PapiTracker.Application.ScoreReleases.Commands.ImportScoreRelease;

/// <summary>
/// Stores the entries the releases were given in memory, with their scores, set-based (a 7-year file is
/// ~12,000 scores: tracked one by one through EF Core they took seconds). The releases themselves are
/// saved already; the writer runs in the caller's transaction and leaves the context tracking nothing, so
/// no later SaveChanges writes the entries a second time.
/// </summary>
public interface IReleaseEntryWriter
{
    Task WriteEntriesAsync(IReadOnlyList<ScoreRelease> releases, CancellationToken ct);
}
