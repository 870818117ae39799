using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PapiTracker.Domain.Notifications;

namespace PapiTracker.Infrastructure.Notifications;

/// <summary>
/// An email waiting to go out. Written in the same statement as the notice it tells about, so a mail
/// outage loses nothing: the dispatcher retries with a growing pause until the server takes it.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>The longest address a mail server must take (RFC 5321 path limit, rounded up).</summary>
    public const int RecipientMaxLength = 256;

    /// <summary>Enough of a failure to tell what went wrong; a longer message is cut.</summary>
    public const int LastErrorMaxLength = 1000;

    public long Id { get; set; }
    public long NotificationId { get; set; }
    public string Recipient { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.Property(m => m.Recipient).HasMaxLength(OutboxMessage.RecipientMaxLength);
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.LastErrorMaxLength);
        builder.HasOne<Notification>().WithMany().HasForeignKey(m => m.NotificationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.NotificationId).IsUnique();
        builder.HasIndex(m => m.NextAttemptAt).HasFilter("sent_at IS NULL");
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.DedupKey).HasMaxLength(Notification.DedupKeyMaxLength);
        builder.HasIndex(n => new { n.UserId, n.DedupKey }).IsUnique();
        builder.HasIndex(n => new { n.UserId, n.CreatedAt });
        builder.HasOne<Domain.Reporting.ReportObligation>().WithMany().HasForeignKey(n => n.ObligationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Domain.Webhooks.WebhookSubscription>().WithMany().HasForeignKey(n => n.WebhookId).OnDelete(DeleteBehavior.Cascade);
    }
}
