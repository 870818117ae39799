using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace PapiTracker.Api.Security.RateLimiting;

/// <summary>
/// Every signed-in user and every API token has its own budget of API requests, so one busy
/// integration cannot starve the officials. Anonymous requests are not counted here (sign-in has its
/// own limits; anything else answers 401). Answers carry the budget as RateLimit headers.
/// </summary>
internal sealed class CallerRequestBudget : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly RateLimitOptions _options;

    public CallerRequestBudget(IRateLimitCounters counters, IOptions<RateLimitOptions> options)
    {
        _options = options.Value;
        Limiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            Caller(context) is { } caller ? counters.Bucket(caller.Key, caller.Permits, Window) : RateLimitPartition.GetNoLimiter(""));
    }

    public PartitionedRateLimiter<HttpContext> Limiter { get; }

    /// <summary>The caller's budget has nothing left: the refusal was this budget's, not an endpoint's own limit.</summary>
    public bool IsSpent(HttpContext context) =>
        Caller(context) is not null && Limiter.GetStatistics(context)?.CurrentAvailablePermits == 0;

    /// <summary>RateLimit-Limit, -Remaining, -Reset (seconds until the budget is whole again) and -Policy, for a counted caller.</summary>
    public void WriteHeaders(HttpContext context, TimeSpan? retryAfter = null)
    {
        if (Caller(context) is not { Permits: var limit })
            return;
        var remaining = (int)Math.Max(0, Limiter.GetStatistics(context)?.CurrentAvailablePermits ?? 0);
        var reset = retryAfter ?? Window * (limit - remaining) / limit;
        var headers = context.Response.Headers;
        headers["RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Reset"] = Seconds(reset).ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Policy"] = $"{limit};w={(int)Window.TotalSeconds}";
    }

    public static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

    /// <summary>Who is counted and their budget; null for an anonymous caller or a budget turned off.</summary>
    private (string Key, int Permits)? Caller(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true)
            return null;
        var (key, permits) = user.FindFirstValue(HttpCurrentUser.ApiTokenIdClaim) is { } token
            ? ($"token:{token}", _options.RequestsPerMinutePerApiToken)
            : ($"user:{user.FindFirstValue("sub")}", _options.RequestsPerMinutePerUser);
        return permits > 0 ? (key, permits) : null;
    }

    public void Dispose() => Limiter.Dispose();
}
