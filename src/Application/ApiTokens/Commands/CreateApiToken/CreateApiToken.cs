using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Application.Common.Validation;

namespace PapiTracker.Application.ApiTokens.Commands.CreateApiToken;

/// <summary>Issues a token for an integration; the response carries the secret, which is never shown again.</summary>
[RequiresPermission(Permission.ManageApiTokens)]
public sealed record CreateApiTokenCommand(string Name, IReadOnlyList<string> Scopes, int UnitId, DateTimeOffset ExpiresAt) : ICommand<CreatedApiTokenDto>;

public sealed record CreatedApiTokenDto(ApiTokenDto Token, string Secret);

public sealed class CreateApiTokenCommandValidator : AbstractValidator<CreateApiTokenCommand>
{
    public CreateApiTokenCommandValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(ApiToken.NameMaxLength);
        RuleFor(c => c.Scopes).NotEmpty().MaxItems(Permissions.TokenScopes.Count).WithText(Messages.AtMostEntries(Permissions.TokenScopes.Count));
        RuleForEach(c => c.Scopes).MaximumLength(Permissions.TokenScopes.Keys.Max(k => k.Length));
        RuleForEach(c => c.Scopes).Must(s => s is not null && Permissions.TokenScopes.ContainsKey(s))
            .WithText(Messages.UnknownScope(string.Join(", ", Permissions.TokenScopes.Keys)));
        RuleFor(c => c.ExpiresAt).GreaterThan(_ => DateTimeOffset.UtcNow).WithText(Messages.TokenExpiryInTheFuture)
            .LessThanOrEqualTo(_ => DateTimeOffset.UtcNow.AddYears(2)).WithText(Messages.TokenLivesTwoYears);
    }
}

public sealed class CreateApiTokenCommandHandler(IApplicationDbContext db, AccessControl access, TimeProvider clock)
    : ICommandHandler<CreateApiTokenCommand, CreatedApiTokenDto>
{
    public async ValueTask<CreatedApiTokenDto> Handle(CreateApiTokenCommand command, CancellationToken cancellationToken)
    {
        var unit = await db.OrgUnits.SingleOrDefaultAsync(u => u.Id == command.UnitId, cancellationToken)
            ?? throw new ValidationException([new ValidationFailure("unitId", Messages.UnitDoesNotExist(command.UnitId))]);
        await access.EnsureCanWriteAsync(Permission.ManageApiTokens, unit.Path, cancellationToken);

        var secret = ApiTokenSecrets.NewSecret();
        var token = ApiToken.Issue(command.Name, command.Scopes, unit, secret, ApiTokenSecrets.Hash(secret),
            access.Caller.UserId ?? Guid.Empty, clock.GetUtcNow(), command.ExpiresAt);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiTokenDto(
            new ApiTokenDto(token.Id, token.Name, token.Prefix, token.Scopes, token.UnitId, token.CreatedAt, token.ExpiresAt, token.RevokedAt),
            secret);
    }
}
