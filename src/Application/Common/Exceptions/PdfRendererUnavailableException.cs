using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Common.Exceptions;

/// <summary>The PDF renderer is missing, failed or ran out of time (503); <see cref="Cause"/> says why, for the log only.</summary>
public sealed class PdfRendererUnavailableException(Exception cause) : ProblemException(Messages.PdfRendererUnavailable)
{
    public Exception Cause { get; } = cause;
}
