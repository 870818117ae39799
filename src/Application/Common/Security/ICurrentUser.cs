namespace PapiTracker.Application.Common.Security;

/// <summary>Who is calling: a signed-in user, an integration's API token, the operator at the command line, or nobody.</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }
    int? ApiTokenId { get; }

    /// <summary>The operator of the installation at its command line (make import): trusted like the database owner.</summary>
    bool IsOperator => false;

    bool IsAuthenticated => UserId is not null || ApiTokenId is not null || IsOperator;
}
