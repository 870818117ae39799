using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Common.Exceptions;

/// <summary>Too many attempts; try again after <see cref="RetryAfter"/> (429).</summary>
public sealed class TooManyAttemptsException(TimeSpan retryAfter, Text message) : ProblemException(message)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
