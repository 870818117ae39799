namespace PapiTracker.Application.Common.Interfaces;

/// <summary>How far the event feed may read without skipping an event a running transaction has yet to commit (ADR 0012).</summary>
public interface IEventHorizon
{
    /// <summary>The oldest transaction still running: every event of a transaction below it is committed or gone for good.</summary>
    Task<long> OldestRunningTransactionAsync(CancellationToken ct);
}
