using Microsoft.AspNetCore.Mvc.ApiExplorer;
using PapiTracker.Application.Common.Security;

namespace PapiTracker.Api.Infrastructure.Contract;

/// <summary>
/// The use case (Mediator message) an operation sends: by convention the operation's name plus Command or
/// Query (SignIn sends SignInCommand), or named on the endpoint with <see cref="SendsMessage{TMessage}"/>
/// where one message serves two operations. The document reads the message's permission and validator
/// from it, so neither is written twice.
/// </summary>
internal static class UseCases
{
    private static readonly IReadOnlyDictionary<string, Type> MessagesByName = typeof(RequiresPermissionAttribute).Assembly.GetTypes()
        .Where(t => t.Name.EndsWith("Command", StringComparison.Ordinal) || t.Name.EndsWith("Query", StringComparison.Ordinal))
        .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false })
        .ToDictionary(t => t.Name);

    public static RouteHandlerBuilder SendsMessage<TMessage>(this RouteHandlerBuilder endpoint) =>
        endpoint.WithMetadata(new SentMessage(typeof(TMessage)));

    /// <summary>The message behind the operation, or null when neither the endpoint nor the convention names one.</summary>
    public static Type? Of(ApiDescription description, string? operationId)
    {
        if (description.ActionDescriptor.EndpointMetadata.OfType<SentMessage>().FirstOrDefault() is { } sent)
            return sent.Message;
        if (operationId is null)
            return null;
        return MessagesByName.GetValueOrDefault(operationId + "Command") ?? MessagesByName.GetValueOrDefault(operationId + "Query");
    }

    private sealed record SentMessage(Type Message);
}
