using FluentValidation;
using Mediator;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;

namespace PapiTracker.Application.Auth.Commands.SignOut;

/// <summary>Revokes the refresh token; the short-lived access token runs out on its own.</summary>
[PublicOperation]
public sealed record SignOutCommand(string RefreshToken) : ICommand;

public sealed class SignOutCommandValidator : AbstractValidator<SignOutCommand>
{
    public SignOutCommandValidator() => RuleFor(c => c.RefreshToken).NotEmpty().MaximumLength(200);
}

public sealed class SignOutCommandHandler(ISessionTokens sessions) : ICommandHandler<SignOutCommand>
{
    public async ValueTask<Unit> Handle(SignOutCommand command, CancellationToken cancellationToken)
    {
        await sessions.RevokeAsync(command.RefreshToken, cancellationToken);
        return Unit.Value;
    }
}
