using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PapiTracker.Domain.Events;

namespace PapiTracker.Infrastructure.Data.Interceptors;

/// <summary>
/// Turns the domain events raised by the entities being saved into <see cref="IntegrationEvent"/> rows of the same
/// SaveChanges, so an event is committed exactly when its change is (the outbox webhooks will deliver from).
/// </summary>
internal sealed class IntegrationEventsInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public const string ApiBase = "/api/v1/";

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
            Record(context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
            Record(context);
        return base.SavingChanges(eventData, result);
    }

    private void Record(DbContext context)
    {
        var now = clock.GetUtcNow();
        var raised = context.ChangeTracker.Entries()
            .Where(e => e.Entity is IRaisesEvents && e.State is EntityState.Added or EntityState.Modified or EntityState.Unchanged)
            .SelectMany(e => ((IRaisesEvents)e.Entity).Events.TakeAll())
            .ToList();
        foreach (var domainEvent in raised)
        {
            var (href, payload) = domainEvent.Describe();
            context.Add(new IntegrationEvent(domainEvent.Type, now, domainEvent.UnitPath, ApiBase + href, JsonSerializer.Serialize(payload)));
        }
    }
}
