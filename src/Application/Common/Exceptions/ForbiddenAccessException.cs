using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Common.Exceptions;

/// <summary>The caller is known but may not do this here (403).</summary>
public sealed class ForbiddenAccessException(Text? message = null) : ProblemException(message ?? Messages.NotAllowedHere);
