using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;

namespace PapiTracker.Application.Webhooks.Queries.GetWebhookDeliveries;

/// <summary>A subscription's delivery log, newest first: each event owed, its attempts and the last one's outcome.</summary>
[RequiresPermission(Permission.ManageWebhooks)]
public sealed record GetWebhookDeliveriesQuery(int WebhookId, int Page = 1, int PageSize = PagedList<object>.DefaultPageSize)
    : IQuery<PagedList<WebhookDeliveryDto>>;

public sealed class GetWebhookDeliveriesQueryValidator : AbstractValidator<GetWebhookDeliveriesQuery>
{
    public GetWebhookDeliveriesQueryValidator() => this.ValidPage(q => q.Page, q => q.PageSize);
}

public sealed class GetWebhookDeliveriesQueryHandler(IApplicationDbContext db, AccessControl access)
    : IQueryHandler<GetWebhookDeliveriesQuery, PagedList<WebhookDeliveryDto>>
{
    public async ValueTask<PagedList<WebhookDeliveryDto>> Handle(GetWebhookDeliveriesQuery query, CancellationToken cancellationToken)
    {
        var subscription = await db.ManagedAsync(access, query.WebhookId, cancellationToken);
        return await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.SubscriptionId == subscription.Id)
            .Join(db.IntegrationEvents, d => d.EventId, e => e.Id, (d, e) => new { d, e.Type })
            .OrderByDescending(x => x.d.Id)
            .Select(x => new WebhookDeliveryDto(x.d.Id, x.d.EventId, x.Type, x.d.Status, x.d.Attempts, x.d.CreatedAt, x.d.LastAttemptAt, x.d.NextAttemptAt,
                x.d.ResponseStatus, x.d.DurationMs, x.d.Error, x.d.ReplayOf))
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
    }
}
