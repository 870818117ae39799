using PapiTracker.Domain.Auditing;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Domain.Access;

/// <summary>
/// A revocable, expiring credential for another government system, with scopes and bound to a unit
/// subtree. Only a hash of the secret is kept; the secret is shown once, at creation.
/// </summary>
public sealed class ApiToken : IAudited
{
    public const int NameMaxLength = 100;
    public const int PrefixLength = 12;

    private string? _unitPath;

    private ApiToken() { }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>The secret's first characters, shown in lists so an admin can tell tokens apart.</summary>
    public string Prefix { get; private set; } = "";
    public string SecretHash { get; private set; } = "";
    public List<string> Scopes { get; private set; } = [];
    public int UnitId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid CreatedBy { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    string? IAudited.AuditUnitPath => _unitPath;

    public static ApiToken Issue(string name, IEnumerable<string> scopes, OrgUnit unit, string secret, string secretHash, Guid createdBy, DateTimeOffset now, DateTimeOffset expiresAt)
    {
        var scopeList = scopes.Distinct().ToList();
        var unknown = scopeList.Where(s => !Permissions.TokenScopes.ContainsKey(s)).ToList();
        if (unknown.Count > 0)
            throw new DomainException(Messages.UnknownScopes(string.Join(", ", unknown)));
        if (expiresAt <= now)
            throw new DomainException(Messages.TokenExpiryInFuture);
        return new ApiToken
        {
            Name = name.Trim(),
            Prefix = secret[..PrefixLength],
            SecretHash = secretHash,
            Scopes = scopeList,
            UnitId = unit.Id,
            _unitPath = unit.Path,
            CreatedAt = now,
            CreatedBy = createdBy,
            ExpiresAt = expiresAt,
        };
    }

    public bool IsValidAt(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
