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

public sealed class RefreshSessionCommandHandler(ISessionTokens sessions) : ICommandHandler<RefreshSessionCommand, SessionTokens>
{
    public async ValueTask<SessionTokens> Handle(RefreshSessionCommand command, CancellationToken cancellationToken) =>
        await sessions.RotateAsync(command.RefreshToken, cancellationToken)
        ?? throw new UnauthorizedException(Messages.SignInAgain);
}
