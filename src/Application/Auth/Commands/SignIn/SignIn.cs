using FluentValidation;
using Mediator;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Auth.Commands.SignIn;

/// <summary>Signs in with user name and password: an access token for the API and a refresh token to renew it.</summary>
[PublicOperation]
public sealed record SignInCommand(string UserName, string Password) : ICommand<SessionTokens>;

public sealed class SignInCommandValidator : AbstractValidator<SignInCommand>
{
    public SignInCommandValidator()
    {
        RuleFor(c => c.UserName).NotEmpty().MaximumLength(256);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(256);
    }
}

public sealed class SignInCommandHandler(IIdentityService identity, ISessionTokens sessions, TimeProvider clock)
    : ICommandHandler<SignInCommand, SessionTokens>
{
    public async ValueTask<SessionTokens> Handle(SignInCommand command, CancellationToken cancellationToken)
    {
        var check = await identity.CheckPasswordAsync(command.UserName, command.Password, cancellationToken);
        if (check.LockedOutUntil is { } until)
            throw new TooManyAttemptsException(until - clock.GetUtcNow(), Messages.AccountLocked);
        if (check.UserId is not { } userId)
            throw new UnauthorizedException(Messages.WrongPassword);
        return await sessions.StartAsync(userId, cancellationToken);
    }
}
