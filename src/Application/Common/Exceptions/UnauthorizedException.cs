using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Common.Exceptions;

/// <summary>The caller is not signed in, or the credentials are not valid (401).</summary>
public sealed class UnauthorizedException(Text? message = null) : ProblemException(message ?? Messages.SignInFirst);
