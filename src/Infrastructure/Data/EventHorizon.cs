using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Infrastructure.Data.Configurations;

namespace PapiTracker.Infrastructure.Data;

internal sealed class EventHorizon(ApplicationDbContext db) : IEventHorizon
{
    public Task<long> OldestRunningTransactionAsync(CancellationToken ct) =>
        db.Database.SqlQueryRaw<long>($"select {IntegrationEventSql.OldestRunningTransaction} as \"Value\"").SingleAsync(ct);
}
