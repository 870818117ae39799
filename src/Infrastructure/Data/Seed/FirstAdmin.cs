using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using PapiTracker.Domain.Access;
using PapiTracker.Infrastructure.Identity;

namespace PapiTracker.Infrastructure.Data.Seed;

/// <summary>
/// Makes sure someone can sign in: with no system admin yet, creates one from Admin:UserName and
/// Admin:Password, or with a generated password printed once. No default password lives in the repo.
/// </summary>
public sealed class FirstAdmin(ApplicationDbContext db, UserManager<ApplicationUser> users, IConfiguration configuration, ILogger<FirstAdmin> logger)
{
    public async Task EnsureAsync(CancellationToken ct)
    {
        if (await db.RoleAssignments.AnyAsync(a => a.Role == Role.SystemAdmin, ct))
            return;
        var userName = configuration["Admin:UserName"] ?? "admin";
        var configured = configuration["Admin:Password"];
        var password = string.IsNullOrEmpty(configured) ? Generated() : configured;

        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            user = new ApplicationUser { Id = Guid.CreateVersion7(), UserName = userName, DisplayName = "Quản trị hệ thống" };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
                throw new InvalidOperationException($"Cannot create the first admin: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }
        db.RoleAssignments.Add(RoleAssignment.Grant(user.Id, Role.SystemAdmin, unit: null));
        await db.SaveChangesAsync(ct);

        if (string.IsNullOrEmpty(configured))
            logger.LogWarning("First admin created: user {UserName}, password {Password} (shown once; change it or set Admin__Password)", userName, password);
        else
            logger.LogInformation("First admin {UserName} created from configuration", userName);
    }

    /// <summary>Meets the password policy: long, with upper, lower and digits.</summary>
    internal static string Generated() =>
        "Pt" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y') + "7";
}
