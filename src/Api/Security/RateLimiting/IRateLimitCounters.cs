using System.Threading.RateLimiting;

namespace PapiTracker.Api.Security.RateLimiting;

/// <summary>
/// Where the budgets' counts live. <see cref="InProcessRateLimitCounters"/> keeps them in this process,
/// which is the deployment model (one API process); counts shared by several processes would come from
/// another implementation of this interface, with the budgets themselves unchanged.
/// </summary>
internal interface IRateLimitCounters
{
    /// <summary><paramref name="permits"/> per <paramref name="window"/>, all back when the window ends. Zero permits: no limit.</summary>
    RateLimitPartition<string> FixedWindow(string key, int permits, TimeSpan window);

    /// <summary>A bucket of <paramref name="permits"/> refilled evenly over <paramref name="window"/>: a burst of that many, then that rate. Zero permits: no limit.</summary>
    RateLimitPartition<string> Bucket(string key, int permits, TimeSpan window);
}

internal sealed class InProcessRateLimitCounters : IRateLimitCounters
{
    /// <summary>The partitioned limiters replenish on a 100 ms beat: refilling at least a second apart keeps the rate true.</summary>
    private static readonly TimeSpan ShortestRefill = TimeSpan.FromSeconds(1);

    public RateLimitPartition<string> FixedWindow(string key, int permits, TimeSpan window) =>
        permits <= 0 ? RateLimitPartition.GetNoLimiter(key)
        : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
        });

    public RateLimitPartition<string> Bucket(string key, int permits, TimeSpan window)
    {
        if (permits <= 0)
            return RateLimitPartition.GetNoLimiter(key);
        var perToken = window / permits;
        var tokensPerRefill = Math.Max(1, (int)Math.Ceiling(ShortestRefill / perToken));
        return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = permits,
            TokensPerPeriod = Math.Min(tokensPerRefill, permits),
            ReplenishmentPeriod = perToken * Math.Min(tokensPerRefill, permits),
            QueueLimit = 0,
        });
    }
}
