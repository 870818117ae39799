namespace PapiTracker.Application.Common.Exceptions;

/// <summary>The caller is not signed in, or the credentials are not valid (401).</summary>
public sealed class UnauthorizedException(string message = "Sign in, or send a valid API token.") : Exception(message);
