namespace PapiTracker.Application.Common.Security;

/// <summary>Who is calling: a signed-in user or an integration's API token, or nobody.</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }
    int? ApiTokenId { get; }
    bool IsAuthenticated => UserId is not null || ApiTokenId is not null;
}
