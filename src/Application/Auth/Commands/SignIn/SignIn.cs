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

/// <summary>
/// Every failure (wrong password, unknown name, locked account) spends the address's budget; a
/// success spends nothing, so a whole office behind one address signs in at eight o'clock. Once the
/// address has spent its budget nobody is let in from it until it refills: letting a right password
/// through would tell a password spray which guess was right.
/// </summary>
public sealed class SignInCommandHandler(IIdentityService identity, ISessionTokens sessions, ISignInLimits limits, TimeProvider clock)
    : ICommandHandler<SignInCommand, SessionTokens>
{
    public async ValueTask<SessionTokens> Handle(SignInCommand command, CancellationToken cancellationToken)
    {
        if (await limits.AddressMustWaitAsync(cancellationToken) is { } wait)
            throw new TooManyAttemptsException(wait, Messages.FailedSignInsFromAddress);
        var check = await identity.CheckPasswordAsync(command.UserName, command.Password, cancellationToken);
        if (check.UserId is { } userId)
            return await sessions.StartAsync(userId, cancellationToken);

        await limits.RecordFailedSignInAsync(cancellationToken);
        if (check.LockedOutUntil is { } until)
            throw new TooManyAttemptsException(until - clock.GetUtcNow(), Messages.AccountLocked);
        throw new UnauthorizedException(Messages.WrongPassword);
    }
}
