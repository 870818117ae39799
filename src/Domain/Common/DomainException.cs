namespace PapiTracker.Domain.Common;

/// <summary>A business rule was broken; the message says which, in the domain's words.</summary>
public sealed class DomainException(string message) : Exception(message);
