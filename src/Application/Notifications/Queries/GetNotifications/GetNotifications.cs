using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Notifications;
using PapiTracker.Domain.Reporting;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Notifications.Queries.GetNotifications;

/// <summary>The caller's own notices, newest first, with what each is about; <c>Unread</c> counts all unread ones.</summary>
[SignedInOperation]
public sealed record GetNotificationsQuery(bool UnreadOnly = false, int Page = 1, int PageSize = PagedList<object>.DefaultPageSize)
    : IQuery<NotificationsDto>;

public sealed record NotificationsDto(int Unread, PagedList<NotificationDto> Notices);

/// <summary>
/// A notice and what it is about: a report (<c>PeriodId</c> is the period of that report obligation, so a link can open the
/// report in its period), or, for <see cref="NotificationKind.WebhookDisabled"/>, a webhook subscription (<c>WebhookId</c>, <c>WebhookName</c>).
/// </summary>
public sealed record NotificationDto(
    long Id, NotificationKind Kind, int? ObligationId, int? PeriodId, int? UnitId, string? UnitNameVi, ReportingPeriodKind? PeriodKind, int? PeriodYear, DateOnly? DueOn,
    DateTimeOffset CreatedAt, DateTimeOffset? ReadAt, int? WebhookId = null, string? WebhookName = null);

public sealed class GetNotificationsQueryValidator : AbstractValidator<GetNotificationsQuery>
{
    public GetNotificationsQueryValidator() => this.ValidPage(q => q.Page, q => q.PageSize);
}

public sealed class GetNotificationsQueryHandler(IApplicationDbContext db, ICurrentUser caller) : IQueryHandler<GetNotificationsQuery, NotificationsDto>
{
    public async ValueTask<NotificationsDto> Handle(GetNotificationsQuery query, CancellationToken cancellationToken)
    {
        var userId = caller.UserId ?? throw new ForbiddenAccessException(Messages.NotificationsNeedAPerson);
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        var unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        var notices = from n in mine
                      where !query.UnreadOnly || n.ReadAt == null
                      join o in db.ReportObligations on n.ObligationId equals (int?)o.Id into obligations
                      from o in obligations.DefaultIfEmpty()
                      join p in db.ReportingPeriods on o.PeriodId equals p.Id into periods
                      from p in periods.DefaultIfEmpty()
                      join u in db.OrgUnits on o.UnitId equals u.Id into units
                      from u in units.DefaultIfEmpty()
                      join w in db.WebhookSubscriptions on n.WebhookId equals (int?)w.Id into webhooks
                      from w in webhooks.DefaultIfEmpty()
                      orderby n.CreatedAt descending, n.Id descending
                      select new NotificationDto(n.Id, n.Kind, n.ObligationId, o == null ? null : (int?)o.PeriodId, o == null ? null : (int?)o.UnitId, u == null ? null : u.NameVi,
                          p == null ? null : (ReportingPeriodKind?)p.Kind, p == null ? null : (int?)p.Year, p == null ? null : (DateOnly?)(o!.ExtendedTo ?? p.DueOn), n.CreatedAt, n.ReadAt,
                          n.WebhookId, w == null ? null : w.Name);
        return new NotificationsDto(unread, await notices.ToPagedListAsync(query.Page, query.PageSize, cancellationToken));
    }
}
