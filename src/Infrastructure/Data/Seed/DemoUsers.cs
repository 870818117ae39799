using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;
using PapiTracker.Infrastructure.Identity;

namespace PapiTracker.Infrastructure.Data.Seed;

/// <summary>
/// The demo's users, one per role it shows, with generated passwords (never committed) written to
/// Seed:DemoCredentialsFile, readable by its owner only.
/// </summary>
public sealed class DemoUsers(ApplicationDbContext db, UserManager<ApplicationUser> users, IConfiguration configuration)
{
    private readonly List<string> _credentials = [];

    public string? CredentialsFile => configuration["Seed:DemoCredentialsFile"] is { Length: > 0 } file ? file : null;

    public async Task AddAsync(string userName, string displayName, Role role, OrgUnit unit)
    {
        var password = FirstAdmin.Generated();
        var user = new ApplicationUser { Id = Guid.CreateVersion7(), UserName = userName, DisplayName = displayName };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
            throw new InvalidOperationException($"Demo user {userName}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        db.RoleAssignments.Add(RoleAssignment.Grant(user.Id, role, unit));
        _credentials.Add($"{userName}\t{password}\t{role} at {unit.NameVi}");
    }

    /// <summary>Saves the role grants and writes the users added: a new file for the first demo, added to it after.</summary>
    /// <returns>How many users were written.</returns>
    public async Task<int> SaveAsync(bool newFile, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        var count = _credentials.Count;
        if (CredentialsFile is { } file)
        {
            if (newFile || !File.Exists(file))
            {
                await File.WriteAllLinesAsync(file, ["# PapiTracker demo users (demo only): user, password, role", .. _credentials], ct);
                if (!OperatingSystem.IsWindows())
                    File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            else
                await File.AppendAllLinesAsync(file, _credentials, ct);
        }
        _credentials.Clear();
        return count;
    }
}
