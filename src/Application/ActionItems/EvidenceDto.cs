using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Documents;
using PapiTracker.Domain.Plans;

namespace PapiTracker.Application.ActionItems;

/// <summary>
/// An evidence file's description; its bytes are at GET /api/v1/evidence/{id}. <c>Signature</c> is the check of a PDF's
/// signatures (null for other types).
/// </summary>
public sealed record EvidenceDto(long Id, long ProgressId, string FileName, string ContentType, long SizeBytes, DateTimeOffset UploadedAt, DocumentSignatureDto? Signature)
{
    public static EvidenceDto From(EvidenceFile f, IReadOnlyDictionary<string, DocumentSignatureDto> signatures) =>
        new(f.Id, f.ActionProgressId, f.FileName, f.ContentType, f.SizeBytes, f.UploadedAt, signatures.GetValueOrDefault(f.Sha256));
}
