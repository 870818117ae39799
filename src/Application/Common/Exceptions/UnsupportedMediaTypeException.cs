using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Common.Exceptions;

/// <summary>The uploaded content is of a type the use case does not read (415).</summary>
public sealed class UnsupportedMediaTypeException(Text message) : ProblemException(message);
