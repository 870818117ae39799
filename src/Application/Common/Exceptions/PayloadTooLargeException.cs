using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Common.Exceptions;

/// <summary>The upload is over the use case's size limit (413).</summary>
public sealed class PayloadTooLargeException(long limitBytes) : ProblemException(Messages.FileTooLarge(limitBytes / (1024 * 1024)));
