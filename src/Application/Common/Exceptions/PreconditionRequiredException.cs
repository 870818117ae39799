using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Common.Exceptions;

/// <summary>An edit came without If-Match, so it could overwrite someone else's change unseen (428).</summary>
public sealed class PreconditionRequiredException() : ProblemException(Messages.IfMatchMissing);
