using System.Collections.Concurrent;
using PapiTracker.Domain.Access;

namespace PapiTracker.Application.Common.Security;

/// <summary>What one role assignment lets its holder do, and where: everywhere (no path) or under a unit's path.</summary>
internal sealed record Grant(Permission[] Permissions, string? Path);

/// <summary>
/// Each user's grants as the database last gave them, so a request does not read role assignments again.
/// Any saved change to role assignments or units (a move changes paths, a deactivation drops a grant)
/// calls <see cref="Invalidate"/> (Infrastructure's interceptor, after the commit), which forgets them all:
/// such changes are rare, reads are on every request. A load that raced with a change is tagged with the
/// generation it started in, so it is never served after that change.
/// </summary>
public sealed class RoleGrants
{
    private readonly ConcurrentDictionary<Guid, (long Generation, IReadOnlyList<Grant> Grants)> _byUser = new();
    private long _generation;

    internal async Task<IReadOnlyList<Grant>> OfAsync(Guid userId, Func<CancellationToken, Task<IReadOnlyList<Grant>>> load, CancellationToken ct)
    {
        var generation = Interlocked.Read(ref _generation);
        if (_byUser.TryGetValue(userId, out var known) && known.Generation == generation)
            return known.Grants;
        var grants = await load(ct);
        _byUser[userId] = (generation, grants);
        return grants;
    }

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _byUser.Clear();
    }
}
