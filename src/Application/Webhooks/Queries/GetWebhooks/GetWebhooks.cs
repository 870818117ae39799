using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;

namespace PapiTracker.Application.Webhooks.Queries.GetWebhooks;

/// <summary>The subscriptions within the caller's subtrees, newest first (never their secrets).</summary>
[RequiresPermission(Permission.ManageWebhooks)]
public sealed record GetWebhooksQuery(int Page = 1, int PageSize = PagedList<object>.DefaultPageSize) : IQuery<PagedList<WebhookDto>>;

public sealed class GetWebhooksQueryValidator : AbstractValidator<GetWebhooksQuery>
{
    public GetWebhooksQueryValidator() => this.ValidPage(q => q.Page, q => q.PageSize);
}

public sealed class GetWebhooksQueryHandler(IApplicationDbContext db, AccessControl access) : IQueryHandler<GetWebhooksQuery, PagedList<WebhookDto>>
{
    public async ValueTask<PagedList<WebhookDto>> Handle(GetWebhooksQuery query, CancellationToken cancellationToken) =>
        await (await db.ManagedAsync(access, cancellationToken)).AsNoTracking()
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id)
            .Select(s => new WebhookDto(s.Id, s.Name, s.Url, s.UnitId, s.EventTypes, s.DisabledAt == null, s.CreatedAt, s.DisabledAt, s.FailingSince, s.PreviousSecretUntil))
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
}
