using PapiTracker.Domain.Plans;

namespace PapiTracker.Application.ActionItems;

/// <summary>An evidence file's description; its bytes are at GET /api/v1/evidence/{id}.</summary>
public sealed record EvidenceDto(long Id, long ProgressId, string FileName, string ContentType, long SizeBytes, DateTimeOffset UploadedAt)
{
    public static EvidenceDto From(EvidenceFile f) => new(f.Id, f.ActionProgressId, f.FileName, f.ContentType, f.SizeBytes, f.UploadedAt);
}
