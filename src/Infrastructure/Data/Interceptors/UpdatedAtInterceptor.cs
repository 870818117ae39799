using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PapiTracker.Application.Common.Models;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Plans;
using PapiTracker.Domain.Reporting;

namespace PapiTracker.Infrastructure.Data.Interceptors;

/// <summary>Stamps <see cref="UpdatedAt"/> on every insert and update of the records lists offer <c>updatedSince</c> on.</summary>
internal sealed class UpdatedAtInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public static readonly Type[] Stamped = [typeof(OrgUnit), typeof(ActionItem), typeof(ReportObligation), typeof(ReportSubmission)];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
            Stamp(context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
            Stamp(context);
        return base.SavingChanges(eventData, result);
    }

    private void Stamp(DbContext context)
    {
        var now = clock.GetUtcNow();
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified && Stamped.Contains(e.Metadata.ClrType)))
            entry.Property(UpdatedAt.Property).CurrentValue = now;
    }
}
