namespace PapiTracker.Application.Common.Interfaces;

/// <summary>
/// The budgets that slow password guessing and runaway session renewals down. Only failures spend the
/// caller's address budget, so an office whose officials share one public address signs in as a crowd;
/// a session's renewals (page loads) are counted per session, never per address.
/// The implementation keeps the counts in the API process; a store shared by several processes would
/// implement this same interface.
/// </summary>
public interface ISignInLimits
{
    /// <summary>How long the caller's address must wait before it may try a password again; null when it may try now.</summary>
    ValueTask<TimeSpan?> AddressMustWaitAsync(CancellationToken ct);

    /// <summary>Spends one of the caller's address's failed sign-ins (a wrong password, an unknown name, a locked account).</summary>
    ValueTask RecordFailedSignInAsync(CancellationToken ct);

    /// <summary>Spends one renewal of <paramref name="sessionId"/>; how long to wait when its budget is spent, else null.</summary>
    ValueTask<TimeSpan?> RenewalMustWaitAsync(Guid sessionId, CancellationToken ct);
}
