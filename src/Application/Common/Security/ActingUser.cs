namespace PapiTracker.Application.Common.Security;

/// <summary>
/// A signed-in user named by the host rather than by a request: the demo's year at startup sends each step through
/// the mediator as one demo user, so the API's authorization and validation apply to it as to anyone. Named once, before
/// the scope resolves anything that asks who is calling; no request ever names one.
/// </summary>
public sealed class ActingUser : ICurrentUser
{
    public Guid? UserId { get; private set; }
    public int? ApiTokenId => null;

    /// <exception cref="InvalidOperationException">The scope acts as someone already.</exception>
    public void Become(Guid userId)
    {
        if (UserId is not null)
            throw new InvalidOperationException("A scope acts as one user.");
        UserId = userId;
    }
}
