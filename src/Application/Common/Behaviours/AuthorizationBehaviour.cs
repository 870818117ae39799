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
    private static readonly ConcurrentDictionary<Type, RequiresPermissionAttribute[]> Requirements = new();

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var type = typeof(TMessage);
        if (type.GetCustomAttribute<PublicOperationAttribute>() is not null)
            return await next(message, cancellationToken);

        var requirements = Requirements.GetOrAdd(type, t => t.GetCustomAttributes<RequiresPermissionAttribute>().ToArray());
        var signedInOnly = type.GetCustomAttribute<SignedInOperationAttribute>() is not null;
        if (requirements.Length == 0 && !signedInOnly)
            throw new InvalidOperationException($"{type.Name} declares no permission: mark it [RequiresPermission], [SignedInOperation] or [PublicOperation].");
        if (!access.Caller.IsAuthenticated)
            throw new UnauthorizedException();
        if (requirements.Length == 0)
            return await next(message, cancellationToken);
        foreach (var requirement in requirements)
            if (!(await access.ScopeAsync(requirement.Permission, cancellationToken)).IsEmpty)
                return await next(message, cancellationToken);
        throw new ForbiddenAccessException();
    }
}
