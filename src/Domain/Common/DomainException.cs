namespace PapiTracker.Domain.Common;

/// <summary>A business rule was broken; the message says which, in the domain's words, from <see cref="Messages"/>.</summary>
public sealed class DomainException(Text message) : ProblemException(message);
