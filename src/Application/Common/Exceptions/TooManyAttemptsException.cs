namespace PapiTracker.Application.Common.Exceptions;

/// <summary>Too many attempts; try again after <see cref="RetryAfter"/> (429). <see cref="Reason"/> says which budget is spent.</summary>
public sealed class TooManyAttemptsException(TimeSpan retryAfter, TooManyAttemptsReason reason, string message) : Exception(message)
{
    public TimeSpan RetryAfter { get; } = retryAfter;

    public TooManyAttemptsReason Reason { get; } = reason;
}

public enum TooManyAttemptsReason
{
    /// <summary>The account is locked after wrong passwords.</summary>
    AccountLocked,

    /// <summary>The caller's address has had too many failed sign-ins.</summary>
    FailedSignInsFromAddress,

    /// <summary>The session was renewed too often in a short time.</summary>
    SessionRenewals,
}
