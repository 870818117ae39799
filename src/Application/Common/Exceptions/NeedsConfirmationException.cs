using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Common.Exceptions;

/// <summary>
/// A write that would destroy or replace much, refused until the caller confirms it (409 with what it
/// would do); audited as a refusal like any other.
/// </summary>
public abstract class NeedsConfirmationException(Text text) : ProblemException(text);
