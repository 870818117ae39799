using FluentValidation;
using Mediator;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Auth.Commands.RefreshSession;

/// <summary>Renews the access token; the refresh token is single-use and is replaced by a new one.</summary>
[PublicOperation]
public sealed record RefreshSessionCommand(string RefreshToken) : ICommand<SessionTokens>;

public sealed class RefreshSessionCommandValidator : AbstractValidator<RefreshSessionCommand>
{
    public RefreshSessionCommandValidator() => RuleFor(c => c.RefreshToken).NotEmpty().MaximumLength(200);
}

/// <summary>A renewal is not a sign-in: it spends its session's renewal budget, never its address's.</summary>
public sealed class RefreshSessionCommandHandler(ISessionTokens sessions, ISignInLimits limits) : ICommandHandler<RefreshSessionCommand, SessionTokens>
{
    public async ValueTask<SessionTokens> Handle(RefreshSessionCommand command, CancellationToken cancellationToken)
    {
        var session = await sessions.SessionOfAsync(command.RefreshToken, cancellationToken) ?? throw NotValid();
        if (await limits.RenewalMustWaitAsync(session, cancellationToken) is { } wait)
            throw new TooManyAttemptsException(wait, Messages.SessionRenewedTooOften);
        return await sessions.RotateAsync(command.RefreshToken, cancellationToken) ?? throw NotValid();
    }

    private static UnauthorizedException NotValid() => new(Messages.SignInAgain);
}
