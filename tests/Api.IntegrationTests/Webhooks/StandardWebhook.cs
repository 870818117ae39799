// The receiver's side, as docs/integration.md gives it (a test checks the guide shows this very code).
// begin snippet
using System.Security.Cryptography;
using System.Text;

namespace PapiTracker.Api.IntegrationTests.Webhooks;

public static class StandardWebhook
{
    /// <summary>True when one of the signatures is the secret's over id.timestamp.body and the timestamp is within 5 minutes.</summary>
    public static bool Verify(string secret, string id, string timestamp, string signatures, string body, DateTimeOffset now)
    {
        if (!long.TryParse(timestamp, out var seconds) || Math.Abs(now.ToUnixTimeSeconds() - seconds) > 300)
            return false;
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}"));
        return signatures.Split(' ').Any(s => s.StartsWith("v1,")
            && CryptographicOperations.FixedTimeEquals(expected, TryBase64(s[3..])));
    }

    private static byte[] TryBase64(string text)
    {
        var bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var length) ? bytes[..length] : [];
    }
}
// end snippet
