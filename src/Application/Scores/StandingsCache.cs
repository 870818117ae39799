using System.Collections.Concurrent;
using PapiTracker.Domain.Scores;

namespace PapiTracker.Application.Scores;

/// <summary>
/// Standings derived from published releases, shared by every request. A release changes only by
/// re-import, which bumps its revision; the key holds the ids and revisions of the releases read, so a
/// re-import (on any instance) makes the next read miss and compute afresh. Nothing to invalidate.
/// </summary>
public sealed class StandingsCache
{
    private const int MaxEntries = 256;
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<int, ReleaseStandings>> _entries = new(StringComparer.Ordinal);

    public bool TryGet(string key, out IReadOnlyDictionary<int, ReleaseStandings> standings) =>
        _entries.TryGetValue(key, out standings!);

    public void Set(string key, IReadOnlyDictionary<int, ReleaseStandings> standings)
    {
        // Keys of replaced revisions are never asked for again; a small cap keeps them from piling up.
        if (_entries.Count >= MaxEntries)
            _entries.Clear();
        _entries[key] = standings;
    }
}
