using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Common.Exceptions;

/// <summary>The PDF renderer is missing, failed or ran out of time (503); the reason is for the log only.</summary>
public sealed class PdfRendererUnavailableException(string reason) : ProblemException(Messages.PdfRendererUnavailable)
{
    public string Reason { get; } = reason;
}
