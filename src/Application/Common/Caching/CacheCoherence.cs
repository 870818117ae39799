namespace PapiTracker.Application.Common.Caching;

/// <summary>
/// Whether this process may keep what it reads. Several API processes share one database, and each hears
/// the others' committed changes on a notification channel; while that channel is down a change made
/// elsewhere could go unheard, so every cached read goes to the database and nothing is kept until the
/// channel is back (and everything kept before it went down has been forgotten).
/// </summary>
public sealed class CacheCoherence
{
    private volatile bool _listening;

    /// <summary>False from start until the channel listens, and while it is down.</summary>
    public bool CanKeep => _listening;

    /// <summary>The channel is down: serve nothing kept from now on.</summary>
    public void Lost() => _listening = false;

    /// <summary>The channel listens again, and the caches have forgotten what they held: keep from now on.</summary>
    public void Restored() => _listening = true;
}
