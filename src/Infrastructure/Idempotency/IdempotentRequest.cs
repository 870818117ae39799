using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PapiTracker.Domain.Common;

namespace PapiTracker.Infrastructure.Idempotency;

/// <summary>
/// A write sent with an Idempotency-Key: what it was (a fingerprint of method, path and body) and, once
/// it succeeded, the answer to give again to a retry. No answer yet means it is still running.
/// </summary>
public sealed class IdempotentRequest
{
    public const int KeyMaxLength = 200;

    /// <summary>"user:" and a user id, or "token:" and a token id.</summary>
    public const int CallerMaxLength = 64;
    public const int ContentTypeMaxLength = 100;
    public const int LocationMaxLength = 500;
    public const int ETagMaxLength = 100;

    public string Caller { get; set; } = "";
    public string Key { get; set; } = "";
    public string Fingerprint { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public int? StatusCode { get; set; }
    public string? ContentType { get; set; }
    public byte[]? Body { get; set; }
    public string? Location { get; set; }
    public string? ETag { get; set; }
}

internal sealed class IdempotentRequestConfiguration : IEntityTypeConfiguration<IdempotentRequest>
{
    public void Configure(EntityTypeBuilder<IdempotentRequest> builder)
    {
        builder.ToTable("idempotent_requests");
        builder.HasKey(r => new { r.Caller, r.Key });
        builder.Property(r => r.Caller).HasMaxLength(IdempotentRequest.CallerMaxLength);
        builder.Property(r => r.Key).HasMaxLength(IdempotentRequest.KeyMaxLength);
        builder.Property(r => r.Fingerprint).HasMaxLength(Sha256Hex.Length);
        builder.Property(r => r.ContentType).HasMaxLength(IdempotentRequest.ContentTypeMaxLength);
        builder.Property(r => r.Location).HasMaxLength(IdempotentRequest.LocationMaxLength);
        builder.Property(r => r.ETag).HasMaxLength(IdempotentRequest.ETagMaxLength);
        builder.HasIndex(r => r.StartedAt);
    }
}
