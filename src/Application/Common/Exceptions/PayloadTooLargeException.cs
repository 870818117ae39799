namespace PapiTracker.Application.Common.Exceptions;

/// <summary>The upload is over the use case's size limit (413).</summary>
public sealed class PayloadTooLargeException(long limitBytes)
    : Exception($"The file is larger than the limit of {limitBytes / (1024 * 1024)} MB.");
