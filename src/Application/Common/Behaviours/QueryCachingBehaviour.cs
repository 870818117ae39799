using System.Reflection;
using Mediator;
using PapiTracker.Application.Common.Caching;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Common.Behaviours;

/// <summary>
/// Answers a <see cref="CachedUntilChangedAttribute"/> query from <see cref="QueryResults"/> when the same
/// caller asked the same on the same day and nothing it reads from has changed since. Runs after
/// authorization and validation, so every call is still checked.
/// </summary>
public sealed class QueryCachingBehaviour<TMessage, TResponse>(QueryResults results, ICurrentUser caller, TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly CachedUntilChangedAttribute? Cached = typeof(TMessage).GetCustomAttribute<CachedUntilChangedAttribute>();

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (Cached is null)
            return await next(message, cancellationToken);
        var key = (caller.UserId, caller.ApiTokenId, caller.IsOperator, VietnamTime.Today(clock.GetUtcNow()), message);
        return (TResponse)await results.GetOrLoadAsync(typeof(TMessage), Cached.ReadsFrom, key, async ct => (await next(message, ct))!, cancellationToken);
    }
}
