namespace PapiTracker.Application.Common.Exceptions;

/// <summary>The uploaded content is of a type the use case does not read (415).</summary>
public sealed class UnsupportedMediaTypeException(string message) : Exception(message);
