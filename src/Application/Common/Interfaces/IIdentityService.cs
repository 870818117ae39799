using PapiTracker.Application.Common.Models;

namespace PapiTracker.Application.Common.Interfaces;

/// <summary>User accounts and passwords (ASP.NET Core Identity behind it): policy, hashing and lockout live there.</summary>
public interface IIdentityService
{
    /// <summary>Checks a password, counting failures towards the account's lockout.</summary>
    Task<PasswordCheck> CheckPasswordAsync(string userName, string password, CancellationToken ct);

    /// <summary>Creates an account; a password that breaks the policy or a taken user name is a validation error.</summary>
    Task<UserDto> CreateUserAsync(string userName, string displayName, string? email, string password, CancellationToken ct);

    Task<UserDto?> FindAsync(Guid userId, CancellationToken ct);

    /// <summary>Display names of the given users, in one query.</summary>
    Task<IReadOnlyDictionary<Guid, string>> DisplayNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct);

    Task<PagedList<UserDto>> ListAsync(string? search, int page, int pageSize, CancellationToken ct);
}

/// <summary>Outcome of a password check: a user id, or when the account is locked until.</summary>
public sealed record PasswordCheck(Guid? UserId, DateTimeOffset? LockedOutUntil);

public sealed record UserDto(Guid Id, string UserName, string DisplayName, string? Email);
