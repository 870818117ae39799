using FluentValidation;
using Mediator;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Application.Common.Validation;

namespace PapiTracker.Application.Users.Commands.CreateUser;

/// <summary>Creates a user account; roles are granted separately, at units.</summary>
[RequiresPermission(Permission.ManageUsers)]
public sealed record CreateUserCommand(string UserName, string DisplayName, string? Email, string Password) : ICommand<UserDto>;

public sealed class CreateUserCommandValidator : AbstractValidator<CreateUserCommand>
{
    public CreateUserCommandValidator()
    {
        RuleFor(c => c.UserName).NotEmpty().MaximumLength(64).Matches("^[a-zA-Z0-9._@-]+$")
            .WithText(Messages.UserNameCharacters);
        RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Email).EmailAddress().MaximumLength(256).When(c => c.Email is not null);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(256);
    }
}

public sealed class CreateUserCommandHandler(IIdentityService identity) : ICommandHandler<CreateUserCommand, UserDto>
{
    public async ValueTask<UserDto> Handle(CreateUserCommand command, CancellationToken cancellationToken) =>
        await identity.CreateUserAsync(command.UserName, command.DisplayName, command.Email, command.Password, cancellationToken);
}
