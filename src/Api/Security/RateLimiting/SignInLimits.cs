using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using PapiTracker.Application.Common.Interfaces;

namespace PapiTracker.Api.Security.RateLimiting;

/// <summary>
/// Failed sign-ins per caller address (a fixed window: once spent, the address waits for the window's
/// end) and renewals per session (a bucket that refills every second or so, so a burst of page loads
/// only waits a moment).
/// </summary>
internal sealed class SignInLimits : ISignInLimits, IDisposable
{
    private readonly IHttpContextAccessor _http;
    private readonly RateLimitOptions _options;
    private readonly PartitionedRateLimiter<string> _failuresPerAddress;
    private readonly PartitionedRateLimiter<Guid> _renewalsPerSession;

    public SignInLimits(IRateLimitCounters counters, IOptions<RateLimitOptions> options, IHttpContextAccessor http)
    {
        _http = http;
        _options = options.Value;
        _failuresPerAddress = PartitionedRateLimiter.Create<string, string>(address =>
            counters.FixedWindow(address, _options.FailedSignInsPerAddress, _options.FailedSignInWindow));
        _renewalsPerSession = PartitionedRateLimiter.Create<Guid, string>(session =>
            counters.Bucket(session.ToString("N"), _options.RefreshesPerMinutePerSession, TimeSpan.FromMinutes(1)));
    }

    public ValueTask<TimeSpan?> AddressMustWaitAsync(CancellationToken ct)
    {
        // Asking for no permit asks whether any is left, and spends nothing.
        using var lease = _failuresPerAddress.AttemptAcquire(CallerAddress.Of(_http.HttpContext), 0);
        return ValueTask.FromResult(WaitFor(lease, _options.FailedSignInWindow));
    }

    public ValueTask RecordFailedSignInAsync(CancellationToken ct)
    {
        _failuresPerAddress.AttemptAcquire(CallerAddress.Of(_http.HttpContext)).Dispose();
        return ValueTask.CompletedTask;
    }

    public ValueTask<TimeSpan?> RenewalMustWaitAsync(Guid sessionId, CancellationToken ct)
    {
        using var lease = _renewalsPerSession.AttemptAcquire(sessionId);
        return ValueTask.FromResult(WaitFor(lease, TimeSpan.FromSeconds(1)));
    }

    private static TimeSpan? WaitFor(RateLimitLease lease, TimeSpan unknown) =>
        lease.IsAcquired ? null
        : lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter
        : unknown;

    public void Dispose()
    {
        _failuresPerAddress.Dispose();
        _renewalsPerSession.Dispose();
    }
}

/// <summary>The address a request came from, as the forwarded-headers rules let it through.</summary>
internal static class CallerAddress
{
    public static string Of(HttpContext? context) => context?.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
