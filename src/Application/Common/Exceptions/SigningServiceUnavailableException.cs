using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Common.Exceptions;

/// <summary>The province's signing service is not configured, cannot be reached or refused (503); <see cref="Cause"/> is for the log only.</summary>
public sealed class SigningServiceUnavailableException(Exception cause) : ProblemException(Messages.SigningServiceUnavailable)
{
    public Exception Cause { get; } = cause;
}

