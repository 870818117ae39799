namespace PapiTracker.Application.ApiTokens;

/// <summary>An API token as lists show it: never the secret.</summary>
public sealed record ApiTokenDto(
    int Id,
    string Name,
    string Prefix,
    IReadOnlyList<string> Scopes,
    int UnitId,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt);
