using Mediator;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Common.Behaviours;

/// <summary>
/// A write that is refused (no right to it, against the rules, unconfirmed, a file of the wrong type or too big) is
/// audited as a refusal: who tried what, on which record, and why. Nothing of the attempt itself is written.
/// </summary>
public sealed class RefusalAuditBehaviour<TMessage, TResponse>(IRefusalLog refusals) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        try
        {
            return await next(message, cancellationToken);
        }
        catch (Exception e) when (message is IBaseCommand && Status(e) is { } status)
        {
            await refusals.RecordAsync(typeof(TMessage).Name.Replace("Command", ""), SubjectOf(message), status, e.Message, CancellationToken.None);
            throw;
        }
    }

    private static int? Status(Exception e) => e switch
    {
        ForbiddenAccessException => 403,
        DomainException or NeedsConfirmationException => 409,
        PayloadTooLargeException => 413,
        UnsupportedMediaTypeException => 415,
        _ => null,
    };

    /// <summary>The record the command is about: its first property named like an id.</summary>
    private static string SubjectOf(TMessage message) =>
        typeof(TMessage).GetProperties().FirstOrDefault(p => p.Name.EndsWith("Id", StringComparison.Ordinal) && p.PropertyType.IsValueType)?
            .GetValue(message)?.ToString() ?? "";
}
