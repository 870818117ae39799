using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PapiTracker.Application.Common.Caching;
using PapiTracker.Infrastructure.Data.Changes;

namespace PapiTracker.Infrastructure.Data.Interceptors;

/// <summary>
/// Tells every <see cref="IChangeAwareCache"/> which entity types a change touched, once it is committed,
/// and the other API processes too: the notice goes out on the <see cref="ChangeChannel"/> inside the
/// transaction, so they hear of it exactly when it commits. A SaveChanges that touches a cached type always
/// runs in a transaction for that (EF Core would run a single statement without one).
/// </summary>
internal sealed class CacheInvalidationInterceptor(IEnumerable<IChangeAwareCache> caches, ChangeChannel channel) : SaveChangesInterceptor, IDbTransactionInterceptor
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

    public async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (_changed.Count > 0)
            await channel.ChangedAsync(transaction.Connection!, transaction, _changed, cancellationToken);
        return result;
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (_changed.Count > 0)
            channel.Changed(transaction.Connection!, transaction, _changed);
        return result;
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
        // A draft's autosave (cache-neutral) keeps EF Core's single statement without a transaction.
        context.Database.AutoTransactionBehavior = _changed.Count > 0 ? AutoTransactionBehavior.Always : AutoTransactionBehavior.WhenNeeded;
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
