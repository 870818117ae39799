namespace PapiTracker.Application.Common.Security;

/// <summary>The installation's operator — `make import` at the command line, the demo seed at startup — trusted like the database owner.</summary>
public sealed class Operator : ICurrentUser
{
    public Guid? UserId => null;
    public int? ApiTokenId => null;
    public bool IsOperator => true;
}
