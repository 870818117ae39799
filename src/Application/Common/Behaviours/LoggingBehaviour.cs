using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace PapiTracker.Application.Common.Behaviours;

/// <summary>Logs each use case with its duration, so slow ones show up in the request log.</summary>
public sealed class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next(message, cancellationToken);
        logger.LogInformation("{UseCase} handled in {ElapsedMs:0} ms", typeof(TMessage).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return response;
    }
}
