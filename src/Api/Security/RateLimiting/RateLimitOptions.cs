namespace PapiTracker.Api.Security.RateLimiting;

/// <summary>
/// The budgets (section RateLimits). Sign-in is sized for an office whose officials share one public
/// address: only failures count against the address. Zero turns a budget off.
/// </summary>
internal sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Failed sign-ins (wrong password, unknown name, locked account) an address may have per <see cref="FailedSignInWindow"/>.</summary>
    public int FailedSignInsPerAddress { get; set; } = 50;

    public TimeSpan FailedSignInWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Every sign-in request from one address, right or wrong (refills evenly over the minute): a guard against floods of password hashing, not a budget for people.</summary>
    public int SignInsPerMinutePerAddress { get; set; } = 300;

    /// <summary>Renewals (one per page load) of one session; refills evenly over the minute.</summary>
    public int RefreshesPerMinutePerSession { get; set; } = 60;

    /// <summary>API requests of one signed-in user; refills evenly over the minute.</summary>
    public int RequestsPerMinutePerUser { get; set; } = 600;

    /// <summary>API requests of one API token (an integration); refills evenly over the minute.</summary>
    public int RequestsPerMinutePerApiToken { get; set; } = 300;

    public bool IsValid() =>
        FailedSignInsPerAddress >= 0 && FailedSignInWindow > TimeSpan.Zero && SignInsPerMinutePerAddress >= 0
        && RefreshesPerMinutePerSession >= 0 && RequestsPerMinutePerUser >= 0 && RequestsPerMinutePerApiToken >= 0;
}
