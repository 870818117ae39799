using System.Security.Cryptography;
using System.Text;
using PapiTracker.Domain.Webhooks;

namespace PapiTracker.Application.Webhooks;

/// <summary>
/// Signing per Standard Webhooks: the secret is <c>whsec_</c> and the base64 of 32 random bytes, the key is those bytes,
/// and a signature is <c>v1,</c> and the base64 HMAC-SHA256 of <c>id.timestamp.body</c>.
/// </summary>
public static class WebhookSecrets
{
    public static string NewSecret() => WebhookSubscription.SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The <c>webhook-signature</c> header: one <c>v1,…</c> per secret, space-separated (two while a rotated secret overlaps).</summary>
    public static string SignatureHeader(IEnumerable<string> secrets, string messageId, long timestamp, string body) =>
        string.Join(' ', secrets.Select(s => Sign(s, messageId, timestamp, body)));

    private static string Sign(string secret, string messageId, long timestamp, string body)
    {
        var key = Convert.FromBase64String(secret[WebhookSubscription.SecretPrefix.Length..]);
        var signed = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{messageId}.{timestamp}.{body}"));
        return "v1," + Convert.ToBase64String(signed);
    }
}
