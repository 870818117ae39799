using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Events;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Webhooks;

namespace PapiTracker.Application.Webhooks;

/// <summary>Which subscriptions a caller manages, and which events a subscription hears: both by unit subtree, as the feed (ADR 0004, 0012).</summary>
public static class WebhookScope
{
    /// <summary>The subscriptions bound within the caller's subtrees; one bound to every unit only for who acts everywhere.</summary>
    public static async Task<IQueryable<WebhookSubscription>> ManagedAsync(this IApplicationDbContext db, AccessControl access, CancellationToken ct)
    {
        var scope = await access.ScopeAsync(Permission.ManageWebhooks, ct);
        if (scope.Everywhere)
            return db.WebhookSubscriptions;
        var units = db.OrgUnits.Where(scope.Contains<OrgUnit>(u => u.Path)).Select(u => (int?)u.Id);
        return db.WebhookSubscriptions.Where(s => units.Contains(s.UnitId));
    }

    /// <summary>The caller's subscription, tracked for a change; 404 for one outside the caller's subtrees (existence is not told).</summary>
    public static async Task<WebhookSubscription> ManagedAsync(this IApplicationDbContext db, AccessControl access, int id, CancellationToken ct) =>
        await (await db.ManagedAsync(access, ct)).SingleOrDefaultAsync(s => s.Id == id, ct)
            ?? throw new NotFoundException(Messages.Resources.Webhook, id);

    /// <summary>The events a subscription bound at <paramref name="unitPath"/> hears: national ones and its subtree's (null path = all).</summary>
    public static Expression<Func<IntegrationEvent, bool>> Hears(string? unitPath) =>
        unitPath is null ? _ => true : e => e.UnitPath == null || e.UnitPath.StartsWith(unitPath);

    /// <summary>The current path of the unit a subscription is bound to (null = every unit).</summary>
    public static async Task<string?> UnitPathAsync(this IApplicationDbContext db, WebhookSubscription subscription, CancellationToken ct) =>
        subscription.UnitId is { } unitId ? await db.OrgUnits.Where(u => u.Id == unitId).Select(u => u.Path).SingleAsync(ct) : null;
}
