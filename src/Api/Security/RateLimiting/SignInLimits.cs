using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using PapiTracker.Infrastructure.Identity;
using PapiTracker.Application.Common.Interfaces;

namespace PapiTracker.Api.Security.RateLimiting;

/// <summary>
/// Failed sign-ins per caller address (a fixed window: once spent, the address waits for the window's
/// end) and renewals per session (a bucket that refills evenly, so a burst of page loads only waits a
/// moment); both counted in the database, so one budget across API processes.
/// </summary>
internal sealed class SignInLimits : ISignInLimits, IDisposable
{
    private readonly IHttpContextAccessor _http;
    private readonly RateLimitOptions _options;
    private readonly SignInFailures _failures;
    private readonly PartitionedRateLimiter<Guid> _renewalsPerSession;

    public SignInLimits(IRateLimitCounters counters, SignInFailures failures, IOptions<RateLimitOptions> options, IHttpContextAccessor http)
    {
        _http = http;
        _options = options.Value;
        _failures = failures;
        _renewalsPerSession = PartitionedRateLimiter.Create<Guid, string>(session =>
            counters.Bucket($"renewal:{session:N}", _options.RefreshesPerMinutePerSession, TimeSpan.FromMinutes(1)));
    }

    public async ValueTask<TimeSpan?> AddressMustWaitAsync(CancellationToken ct) =>
        _options.FailedSignInsPerAddress <= 0 ? null
        : await _failures.MustWaitAsync(CallerAddress.Of(_http.HttpContext), _options.FailedSignInsPerAddress, ct);

    public async ValueTask RecordFailedSignInAsync(CancellationToken ct)
    {
        if (_options.FailedSignInsPerAddress > 0)
            await _failures.RecordAsync(CallerAddress.Of(_http.HttpContext), _options.FailedSignInWindow, ct);
    }

    public async ValueTask<TimeSpan?> RenewalMustWaitAsync(Guid sessionId, CancellationToken ct)
    {
        using var lease = await _renewalsPerSession.AcquireAsync(sessionId, cancellationToken: ct);
        return WaitFor(lease, TimeSpan.FromSeconds(1));
    }

    private static TimeSpan? WaitFor(RateLimitLease lease, TimeSpan unknown) =>
        lease.IsAcquired ? null
        : lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter
        : unknown;

    public void Dispose()
    {
        _renewalsPerSession.Dispose();
    }
}

/// <summary>The address a request came from, as the forwarded-headers rules let it through.</summary>
internal static class CallerAddress
{
    public static string Of(HttpContext? context) => context?.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
