using System.Security.Cryptography;
using System.Text;

namespace PapiTracker.Application.ApiTokens;

/// <summary>API token secrets: 256 random bits, stored only as a SHA-256 hash (a secret this long needs no slow hash).</summary>
public static class ApiTokenSecrets
{
    public const string Prefix = "papi_";

    public static string NewSecret() =>
        Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
