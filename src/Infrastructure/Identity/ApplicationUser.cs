using Microsoft.AspNetCore.Identity;
using PapiTracker.Domain.Auditing;

namespace PapiTracker.Infrastructure.Identity;

/// <summary>A person who signs in. Roles are not Identity roles: they are held at units (RoleAssignment).</summary>
public sealed class ApplicationUser : IdentityUser<Guid>, IAudited
{
    public const int DisplayNameMaxLength = 200;

    public string DisplayName { get; set; } = "";

    string? IAudited.AuditUnitPath => null;
}
