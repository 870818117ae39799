using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Infrastructure.Data.Interceptors;

/// <summary>
/// Tells <see cref="RoleGrants"/> to forget what it knows once a change to role assignments or units is
/// committed: after the SaveChanges when it commits on its own, after the transaction when one is open.
/// </summary>
internal sealed class AccessChangeInterceptor(RoleGrants roleGrants) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private bool _pending;

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

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (_pending)
            Forget();
    }

    private void Note(DbContext? context) =>
        _pending |= context is not null && context.ChangeTracker.Entries()
            .Any(e => e.Entity is RoleAssignment or OrgUnit && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);

    private void Settle(DbContext? context)
    {
        if (_pending && context?.Database.CurrentTransaction is null)
            Forget();
    }

    private void Forget()
    {
        _pending = false;
        roleGrants.Invalidate();
    }
}
