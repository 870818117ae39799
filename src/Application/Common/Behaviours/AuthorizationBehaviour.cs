using System.Collections.Concurrent;
using System.Reflection;
using Mediator;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Security;

namespace PapiTracker.Application.Common.Behaviours;

/// <summary>
/// Fails closed: a message runs only if it is public or the caller holds its permission somewhere.
/// Where exactly (which units) is the handler's part, through <see cref="AccessControl"/>.
/// </summary>
public sealed class AuthorizationBehaviour<TMessage, TResponse>(AccessControl access) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly ConcurrentDictionary<Type, RequiresPermissionAttribute?> Requirements = new();

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var type = typeof(TMessage);
        if (type.GetCustomAttribute<PublicOperationAttribute>() is not null)
            return await next(message, cancellationToken);

        var requirement = Requirements.GetOrAdd(type, t => t.GetCustomAttribute<RequiresPermissionAttribute>());
        var signedInOnly = type.GetCustomAttribute<SignedInOperationAttribute>() is not null;
        if (requirement is null && !signedInOnly)
            throw new InvalidOperationException($"{type.Name} declares no permission: mark it [RequiresPermission], [SignedInOperation] or [PublicOperation].");
        if (!access.Caller.IsAuthenticated)
            throw new UnauthorizedException();
        if (requirement is null)
            return await next(message, cancellationToken);
        if ((await access.ScopeAsync(requirement.Permission, cancellationToken)).IsEmpty)
            throw new ForbiddenAccessException();
        return await next(message, cancellationToken);
    }
}
