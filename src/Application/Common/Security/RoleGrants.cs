using PapiTracker.Application.Common.Caching;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Application.Common.Security;

/// <summary>What one role assignment lets its holder do, and where: everywhere (no path) or under a unit's path.</summary>
public sealed record Grant(Permission[] Permissions, string? Path);

/// <summary>
/// Each user's grants as the database last gave them, so a request does not read role assignments again.
/// A change to role assignments or units (a move changes paths, a unit's end leaves its roles only reading) forgets
/// them all: such changes are rare, reads are on every request.
/// </summary>
public sealed class RoleGrants(CacheCoherence coherence) : ChangeAwareCache<Guid, IReadOnlyList<Grant>>(coherence, 100_000, typeof(RoleAssignment), typeof(OrgUnit));
