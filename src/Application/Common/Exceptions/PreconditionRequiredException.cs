namespace PapiTracker.Application.Common.Exceptions;

/// <summary>An edit came without If-Match, so it could overwrite someone else's change unseen (428).</summary>
public sealed class PreconditionRequiredException()
    : Exception("Send the ETag you read in an If-Match header (or If-Match: * to overwrite whatever is there).");
