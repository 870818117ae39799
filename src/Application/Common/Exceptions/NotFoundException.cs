namespace PapiTracker.Application.Common.Exceptions;

/// <summary>The resource asked for does not exist (404).</summary>
public sealed class NotFoundException(string resource, object key)
    : Exception($"{resource} '{key}' was not found.");
