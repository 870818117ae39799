namespace PapiTracker.Application.Common.Interfaces;

/// <summary>Where webhooks may be sent: the operator's rule against server-side request forgery.</summary>
public interface IWebhookTargets
{
    /// <summary>
    /// True when every address the host resolves to is public, or the operator allows the host (or private targets at all).
    /// A host that does not resolve is refused.
    /// </summary>
    Task<bool> IsAllowedAsync(Uri target, CancellationToken ct);
}
