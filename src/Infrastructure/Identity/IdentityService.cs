using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Models;
using PapiTracker.Domain.Common;

namespace PapiTracker.Infrastructure.Identity;

internal sealed class IdentityService(UserManager<ApplicationUser> users, TimeProvider clock) : IIdentityService
{
    private static readonly ApplicationUser Nobody = new() { Id = Guid.Empty, UserName = "", DisplayName = "" };

    /// <summary>Made by the users' own hasher (same algorithm and work factor) the first time it is needed; a race only makes two.</summary>
    private static string? _nobodysHash;

    public async Task<PasswordCheck> CheckPasswordAsync(string userName, string password, CancellationToken ct)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            // Hash the password anyway: an unknown name must take as long to refuse as a wrong password,
            // or the response time tells which user names exist.
            _nobodysHash ??= users.PasswordHasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
            users.PasswordHasher.VerifyHashedPassword(Nobody, _nobodysHash, password);
            return new PasswordCheck(null, null);
        }
        if (await users.IsLockedOutAsync(user))
            return new PasswordCheck(null, user.LockoutEnd);
        if (await users.CheckPasswordAsync(user, password))
        {
            await users.ResetAccessFailedCountAsync(user);
            return new PasswordCheck(user.Id, null);
        }
        await users.AccessFailedAsync(user);
        return await users.IsLockedOutAsync(user) ? new PasswordCheck(null, user.LockoutEnd) : new PasswordCheck(null, null);
    }

    public async Task<UserDto> CreateUserAsync(string userName, string displayName, string? email, string password, CancellationToken ct)
    {
        var user = new ApplicationUser { Id = Guid.CreateVersion7(clock.GetUtcNow()), UserName = userName, DisplayName = displayName, Email = email };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new ValidationException(result.Errors.Select(e => new ValidationFailure(
                e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : e.Code.Contains("Email") ? "email" : "userName",
                Messages.Identity(e.Code))));
        }
        return ToDto(user);
    }

    public async Task<UserDto?> FindAsync(Guid userId, CancellationToken ct) =>
        await users.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new UserDto(u.Id, u.UserName!, u.DisplayName, u.Email))
            .SingleOrDefaultAsync(ct);

    public async Task<IReadOnlyDictionary<Guid, string>> DisplayNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct) =>
        await users.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

    public async Task<PagedList<UserDto>> ListAsync(string? search, int page, int pageSize, CancellationToken ct)
    {
        var query = users.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var normalized = search.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedUserName!.Contains(normalized) || u.DisplayName.ToUpper().Contains(normalized));
        }
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(u => u.UserName)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(u => new UserDto(u.Id, u.UserName!, u.DisplayName, u.Email))
            .ToListAsync(ct);
        return new PagedList<UserDto>(items, page, pageSize, total);
    }

    private static UserDto ToDto(ApplicationUser user) => new(user.Id, user.UserName!, user.DisplayName, user.Email);
}
