using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.ApiTokens.Commands.RevokeApiToken;

/// <summary>Revokes a token at once: its next request gets 401.</summary>
[RequiresPermission(Permission.ManageApiTokens)]
public sealed record RevokeApiTokenCommand(int TokenId) : ICommand;

public sealed class RevokeApiTokenCommandHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<RevokeApiTokenCommand>
{
    public async ValueTask<Unit> Handle(RevokeApiTokenCommand command, CancellationToken cancellationToken)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == command.TokenId, cancellationToken)
            ?? throw new NotFoundException(Messages.Resources.ApiToken, command.TokenId);
        token.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
