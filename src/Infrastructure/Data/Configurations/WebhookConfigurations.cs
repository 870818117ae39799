using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PapiTracker.Domain.Events;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Webhooks;

namespace PapiTracker.Infrastructure.Data.Configurations;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(WebhookSubscription.NameMaxLength);
        builder.Property(s => s.Url).HasMaxLength(WebhookSubscription.UrlMaxLength);
        builder.Property(s => s.Secret).HasMaxLength(WebhookSubscription.SecretMaxLength);
        builder.Property(s => s.PreviousSecret).HasMaxLength(WebhookSubscription.SecretMaxLength);
        builder.PrimitiveCollection(s => s.EventTypes).ElementType(e => e.HasConversion<string>());
        builder.Ignore(s => s.IsEnabled);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.UnitId);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.Property(d => d.Error).HasMaxLength(WebhookDelivery.ErrorMaxLength);
        builder.HasOne<WebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<IntegrationEvent>().WithMany().HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Restrict);
        // The dispatcher's question: what is due now (pending only); the log's: a subscription's deliveries, newest first.
        builder.HasIndex(d => d.NextAttemptAt).HasFilter("status = 'Pending'");
        builder.HasIndex(d => new { d.SubscriptionId, d.Id });
    }
}
