namespace PapiTracker.Domain.Common;

/// <summary>A SHA-256 written as lower-case hex, as every hash PapiTracker keeps is (file contents, token secrets, request fingerprints).</summary>
public static class Sha256Hex
{
    public const int Length = 64;
}
