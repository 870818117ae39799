namespace PapiTracker.Application.Common.Exceptions;

/// <summary>The caller is known but may not do this here (403).</summary>
public sealed class ForbiddenAccessException(string message = "You do not have the right to do this for this unit.") : Exception(message);
