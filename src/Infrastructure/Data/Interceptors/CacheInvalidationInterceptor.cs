using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PapiTracker.Application.Common.Caching;

namespace PapiTracker.Infrastructure.Data.Interceptors;

/// <summary>
/// Tells every <see cref="IChangeAwareCache"/> which entity types a change touched, once it is committed:
/// after the SaveChanges when it commits on its own, after the transaction when one is open.
/// </summary>
internal sealed class CacheInvalidationInterceptor(IEnumerable<IChangeAwareCache> caches) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly HashSet<Type> _changed = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Settle(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Settle(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Forget();

    private void Note(DbContext? context)
    {
        if (context is null)
            return;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Modified
                && CacheNeutralWrites.Covers(entry.Metadata.ClrType, entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name)))
                continue;
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
                _changed.Add(entry.Metadata.ClrType);
        }
    }

    private void Settle(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
            Forget();
    }

    private void Forget()
    {
        if (_changed.Count == 0)
            return;
        var changed = _changed.ToHashSet();
        _changed.Clear();
        foreach (var cache in caches)
            cache.Changed(changed);
    }
}
