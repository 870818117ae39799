using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Notifications.Commands.MarkNotificationsRead;
using PapiTracker.Application.Notifications.Queries.GetNotifications;

namespace PapiTracker.Api.Endpoints;

internal static class NotificationsEndpoints
{
    public static void MapNotificationsEndpoints(this RouteGroupBuilder api)
    {
        var notifications = api.MapGroup("/notifications").WithTags("Notifications");

        notifications.MapGet("/", GetNotifications)
            .WithName(nameof(GetNotifications))
            .WithSummary("Your notices, newest first (unreadOnly=true for the unread ones), with the unread count: report owed, due in 7 and 2 days, overdue, returned, approved; a webhook subscription of yours disabled.")
            .ProducesValidationProblem();

        notifications.MapPost("/read", MarkNotificationsRead)
            .WithName(nameof(MarkNotificationsRead))
            .WithSummary("Mark your notices read: the ids listed, or all when ids is left out. Answers how many changed.")
            .ProducesValidationProblem();
    }

    private static async Task<Ok<NotificationsDto>> GetNotifications(
        ISender sender, CancellationToken ct, bool unreadOnly = false, int page = 1, int pageSize = PagedList<object>.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new GetNotificationsQuery(unreadOnly, page, pageSize), ct));

    private static async Task<Ok<MarkedRead>> MarkNotificationsRead(ReadNotices body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(new MarkedRead(await sender.Send(new MarkNotificationsReadCommand(body.Ids), ct)));

    internal sealed record ReadNotices(IReadOnlyList<long>? Ids);

    internal sealed record MarkedRead(int Changed);
}
