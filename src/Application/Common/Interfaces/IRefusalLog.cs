namespace PapiTracker.Application.Common.Interfaces;

/// <summary>Audits a refused write apart from the unit of work that was refused, so none of its changes is saved with it.</summary>
public interface IRefusalLog
{
    Task RecordAsync(string operation, string subjectId, int status, string reason, CancellationToken ct);
}
