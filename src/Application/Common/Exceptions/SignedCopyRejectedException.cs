using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Common.Exceptions;

/// <summary>The signing service answered with a document that is not the one sent, validly signed (502); nothing was kept.</summary>
public sealed class SignedCopyRejectedException(string state) : ProblemException(Messages.SignedCopyNotValid(state));
