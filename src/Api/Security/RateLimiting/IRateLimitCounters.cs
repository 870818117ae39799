using System.Threading.RateLimiting;
using PapiTracker.Infrastructure.Identity;

namespace PapiTracker.Api.Security.RateLimiting;

/// <summary>
/// Where the budgets' counts live: in the database (<see cref="RequestBudgets"/>), so that a caller has one budget
/// however many API processes answer it (ADR 18), at the cost of one upsert per counted request.
/// </summary>
internal interface IRateLimitCounters
{
    /// <summary>A bucket of <paramref name="permits"/> refilled evenly over <paramref name="window"/>: a burst of that many, then that rate. Zero permits: no limit.</summary>
    RateLimitPartition<string> Bucket(string key, int permits, TimeSpan window);
}

internal sealed class SharedRateLimitCounters(RequestBudgets budgets) : IRateLimitCounters
{
    public RateLimitPartition<string> Bucket(string key, int permits, TimeSpan window) =>
        permits <= 0 ? RateLimitPartition.GetNoLimiter(key)
        : RateLimitPartition.Get(key, k => new SharedBucket(budgets, k, permits, window));

    /// <summary>
    /// One key's bucket as a <see cref="RateLimiter"/>, for ASP.NET Core's limiter. Counting needs the database, so a
    /// synchronous attempt is never granted: the limiter middleware then asks <see cref="AcquireAsyncCore"/>, which counts.
    /// The statistics are the last count this process saw (the RateLimit headers of the answer that counted it).
    /// </summary>
    private sealed class SharedBucket(RequestBudgets budgets, string key, int permits, TimeSpan window) : RateLimiter
    {
        private long _available = permits;
        private long _lastUsed = Environment.TickCount64;

        public override TimeSpan? IdleDuration => TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref _lastUsed));

        public override RateLimiterStatistics? GetStatistics() => new() { CurrentAvailablePermits = Interlocked.Read(ref _available) };

        protected override RateLimitLease AttemptAcquireCore(int permitCount) => permitCount == 0 ? Lease.Granted : Lease.NotCounted;

        protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
        {
            if (permitCount == 0)
                return Lease.Granted;
            Interlocked.Exchange(ref _lastUsed, Environment.TickCount64);
            var count = await budgets.TakeAsync(key, permits, window, cancellationToken);
            Interlocked.Exchange(ref _available, count.Remaining);
            return count.Granted ? Lease.Granted : new Lease(false, count.NextToken);
        }
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);
        public static readonly Lease NotCounted = new(false, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
