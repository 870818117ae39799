using System.Linq.Expressions;
using System.Text.Json;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Common.Validation;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Events;

namespace PapiTracker.Application.Events.Queries.GetEvents;

/// <summary>
/// The event feed: what changed in the caller's subtree (and nationally: score releases), in the order
/// the transactions wrote it, after <c>After</c> (the <see cref="EventPageDto.Next"/> of the page before; none = from
/// the beginning). A system without an inbound endpoint polls it to stay in step.
/// </summary>
[RequiresPermission(Permission.ReadEvents)]
public sealed record GetEventsQuery(string? After = null, int PageSize = PagedList<object>.DefaultPageSize) : IQuery<EventPageDto>;

/// <summary>A page of events and the cursor to ask for the next one with (the same cursor again when nothing is new yet).</summary>
public sealed record EventPageDto(IReadOnlyList<EventDto> Items, string Next);

/// <summary>One event: <c>Id</c> is unique and stable (deduplicate by it), <c>Href</c> the resource, <c>Data</c> its ids.</summary>
public sealed record EventDto(long Id, IntegrationEventType Type, DateTimeOffset OccurredAt, string? UnitPath, string Href, JsonElement Data);

public sealed class GetEventsQueryValidator : AbstractValidator<GetEventsQuery>
{
    public GetEventsQueryValidator()
    {
        RuleFor(q => q.After).MaximumLength(EventCursor.MaxLength).Must(a => EventCursor.TryParse(a, out _)).WithText(Messages.BadEventCursor);
        RuleFor(q => q.PageSize).InclusiveBetween(1, PagedList<object>.MaxPageSize);
    }
}

public sealed class GetEventsQueryHandler(IApplicationDbContext db, AccessControl access, IEventHorizon horizon)
    : IQueryHandler<GetEventsQuery, EventPageDto>
{
    public async ValueTask<EventPageDto> Handle(GetEventsQuery query, CancellationToken cancellationToken)
    {
        EventCursor.TryParse(query.After, out var after);
        var scope = await access.ScopeAsync(Permission.ReadEvents, cancellationToken);
        // Read below the horizon only: a transaction still running may yet commit an event that sorts before one
        // already visible, and a reader that moved past it would never see it.
        var below = await horizon.OldestRunningTransactionAsync(cancellationToken);
        var rows = await db.IntegrationEvents.AsNoTracking()
            .Where(Visible(scope))
            .Where(e => e.TransactionId < below)
            .Where(e => e.TransactionId > after.TransactionId || (e.TransactionId == after.TransactionId && e.Id > after.EventId))
            .OrderBy(e => e.TransactionId).ThenBy(e => e.Id)
            .Take(query.PageSize)
            .Select(e => new { e.Id, e.TransactionId, e.Type, e.OccurredAt, e.UnitPath, e.Href, e.Payload })
            .ToListAsync(cancellationToken);
        var next = rows.Count == 0 ? after : new EventCursor(rows[^1].TransactionId, rows[^1].Id);
        return new EventPageDto(
            rows.Select(e => new EventDto(e.Id, e.Type, e.OccurredAt, e.UnitPath, e.Href, JsonSerializer.Deserialize<JsonElement>(e.Payload))).ToList(),
            next.ToString());
    }

    /// <summary>National events (no unit) for every reader of the feed; the others within the caller's subtrees.</summary>
    private static Expression<Func<IntegrationEvent, bool>> Visible(AccessScope scope)
    {
        var within = scope.Contains<IntegrationEvent>(e => e.UnitPath!);
        var unitPath = Expression.Property(within.Parameters[0], nameof(IntegrationEvent.UnitPath));
        var national = Expression.Equal(unitPath, Expression.Constant(null, typeof(string)));
        return Expression.Lambda<Func<IntegrationEvent, bool>>(Expression.OrElse(national, within.Body), within.Parameters);
    }
}
