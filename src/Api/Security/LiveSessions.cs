using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using PapiTracker.Application.Common.Caching;

namespace PapiTracker.Api.Security;

/// <summary>
/// What this process knows about sessions, so that a request with a valid access token does not also
/// query refresh_tokens: a live session until when its refresh tokens run out, or that it has ended.
/// Signing out ends the session here at once and in the other API processes when they hear of it on the
/// change channel (ADR 11); while that channel is down nothing is known here and every request asks the
/// database. An end always wins over a concurrent request caching the session as live.
/// </summary>
internal sealed class LiveSessions(IOptions<AuthOptions> options, CacheCoherence coherence)
{
    /// <summary>Past this many entries, expired ones are swept out on the next change.</summary>
    private const int SweepAbove = 10_000;

    private readonly ConcurrentDictionary<Guid, Entry> _sessions = new();

    /// <summary>Null: not known here, ask the database.</summary>
    public bool? IsLive(Guid sessionId, DateTimeOffset now) =>
        !coherence.CanKeep || !_sessions.TryGetValue(sessionId, out var entry) ? null
        : entry.Ended ? false
        : entry.Until > now ? true
        : null;

    /// <summary>The database says the session lives until <paramref name="until"/>; ignored once it has ended here.</summary>
    public void Live(Guid sessionId, DateTimeOffset until, DateTimeOffset now)
    {
        if (!coherence.CanKeep)
            return;
        Sweep(now);
        var entry = new Entry(until, Ended: false);
        if (!_sessions.TryAdd(sessionId, entry) && _sessions.TryGetValue(sessionId, out var known) && !known.Ended)
            _sessions.TryUpdate(sessionId, entry, known);
    }

    /// <summary>
    /// Signed out: refused from now on. The mark outlives the access tokens the session could still hold,
    /// then it goes (the database says the same by then).
    /// </summary>
    public void End(Guid sessionId, DateTimeOffset now)
    {
        Sweep(now);
        _sessions[sessionId] = new Entry(now + options.Value.AccessTokenLifetime, Ended: true);
    }

    /// <summary>Changes may have gone unheard: ask the database again (it has every end by now).</summary>
    public void Forget() => _sessions.Clear();

    private void Sweep(DateTimeOffset now)
    {
        if (_sessions.Count <= SweepAbove)
            return;
        foreach (var (id, entry) in _sessions)
            if (entry.Until <= now)
                _sessions.TryRemove(new KeyValuePair<Guid, Entry>(id, entry));
    }

    private sealed record Entry(DateTimeOffset Until, bool Ended);
}
