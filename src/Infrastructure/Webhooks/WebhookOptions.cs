namespace PapiTracker.Infrastructure.Webhooks;

/// <summary>Webhooks: where they may go, how often the dispatcher runs (Interval 0 turns it off), and how it retries.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Send to loopback, link-local and private addresses too (a closed network, or tests). Off: refused (SSRF).</summary>
    public bool AllowPrivateTargets { get; set; }

    /// <summary>Hosts the operator allows whatever they resolve to (an internal system of the same network).</summary>
    public string[] AllowedHosts { get; set; } = [];

    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The wait after the first failed attempt, doubled after each further one, up to <see cref="MaxRetry"/>.</summary>
    public TimeSpan FirstRetry { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxRetry { get; set; } = TimeSpan.FromHours(2);

    /// <summary>A delivery is retried this long after it was owed, then given up.</summary>
    public TimeSpan RetryFor { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A subscription whose every attempt failed this long is disabled, and its owner told.</summary>
    public TimeSpan DisableAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Events taken per subscription, and deliveries sent, per round.</summary>
    public int BatchSize { get; set; } = 100;
}
