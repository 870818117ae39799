using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Common.Exceptions;

/// <summary>The resource asked for does not exist (404); <paramref name="resource"/> is one of <see cref="Messages.Resources"/>.</summary>
public sealed class NotFoundException(Text resource, object key) : ProblemException(Messages.NotFound(resource, key));
