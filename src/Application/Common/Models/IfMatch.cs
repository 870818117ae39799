using PapiTracker.Application.Common.Exceptions;

namespace PapiTracker.Application.Common.Models;

/// <summary>
/// What an edit's If-Match header said: nothing, "*" (whatever version), or one version. Checked
/// by the handler after authorization, so an unknown caller hears 401 before anything about versions.
/// </summary>
public sealed record IfMatch(bool Sent, bool AnyVersion, uint? Version)
{
    public static readonly IfMatch Missing = new(false, false, null);

    /// <exception cref="PreconditionRequiredException">No If-Match was sent (428).</exception>
    /// <exception cref="PreconditionFailedException">The version is not the current one (412).</exception>
    public void EnsureMatches(uint current)
    {
        if (!Sent)
            throw new PreconditionRequiredException();
        if (!AnyVersion && Version != current)
            throw new PreconditionFailedException();
    }
}
