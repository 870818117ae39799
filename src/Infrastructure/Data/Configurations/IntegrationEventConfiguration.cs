using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PapiTracker.Domain.Events;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Infrastructure.Data.Configurations;

internal sealed class IntegrationEventConfiguration : IEntityTypeConfiguration<IntegrationEvent>
{
    public void Configure(EntityTypeBuilder<IntegrationEvent> builder)
    {
        builder.ToTable("integration_events");
        // The writing transaction's xid8 as a bigint (an xid8 is a 64-bit epoch and xid; it stays far below 2^63),
        // set by the database inside the insert, so it is always the transaction that commits the event (ADR 0012).
        builder.Property(e => e.TransactionId).HasDefaultValueSql(IntegrationEventSql.CurrentTransaction).ValueGeneratedOnAdd();
        builder.Property(e => e.UnitPath).HasMaxLength(OrgUnit.PathMaxLength).UseCollation("C");
        builder.Property(e => e.Href).HasMaxLength(IntegrationEvent.HrefMaxLength);
        builder.Property(e => e.Payload).HasColumnType("jsonb");
        // The feed reads (transaction, id) after a cursor: one index in that order.
        builder.HasIndex(e => new { e.TransactionId, e.Id });
    }
}

/// <summary>The SQL behind the feed's ordering; the migration and the feed's horizon read the same expressions.</summary>
internal static class IntegrationEventSql
{
    public const string CurrentTransaction = "pg_current_xact_id()::text::bigint";

    /// <summary>The oldest transaction still running: every transaction below it has ended (committed or rolled back).</summary>
    public const string OldestRunningTransaction = "pg_snapshot_xmin(pg_current_snapshot())::text::bigint";
}
