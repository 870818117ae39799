using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Common.Exceptions;

/// <summary>The If-Match version is not the current one: someone else changed the resource (412). Nothing was changed.</summary>
public sealed class PreconditionFailedException() : ProblemException(Messages.ChangedSinceRead);
