using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Domain.Documents;

namespace PapiTracker.Application.Documents;

/// <summary>A stored PDF's last signature check, as the file lists show it beside the file; <c>Sha256</c> names it for a re-check.</summary>
public sealed record DocumentSignatureDto(
    string Sha256, SignatureState State, SignatureProblem? Problem, string? Detail, int SignatureCount, string? SignerSubject, string? SignerOrganisation,
    DateTimeOffset? SignedAt, DateTimeOffset? TimestampedAt, bool? DigestMatches, bool? ChangedAfterSigning, bool? Trusted, DateTimeOffset CheckedAt)
{
    public static DocumentSignatureDto From(DocumentSignatureCheck c) => new(c.Sha256, c.State, c.Problem, c.Detail, c.SignatureCount, c.SignerSubject,
        c.SignerOrganisation, c.SignedAt, c.TimestampedAt, c.DigestMatches, c.ChangedAfterSigning, c.Trusted, c.CheckedAt);
}

public static class DocumentSignatures
{
    public const string PdfContentType = "application/pdf";

    /// <summary>
    /// Checks the signatures of the stored bytes when they are a PDF and records the result under their hash (added to
    /// the unit of work; the caller saves). Other types are not checked and get no result.
    /// </summary>
    public static async Task<DocumentSignatureCheck?> CheckSignaturesAsync(this IApplicationDbContext db, ISignatureVerifier verifier, IFileStore files,
        string sha256, string contentType, DateTimeOffset now, CancellationToken ct)
    {
        if (contentType != PdfContentType)
            return null;
        byte[] bytes;
        await using (var stored = files.OpenRead(sha256))
        {
            using var buffer = new MemoryStream();
            await stored.CopyToAsync(buffer, ct);
            bytes = buffer.ToArray();
        }
        var check = await db.DocumentSignatureChecks.FindAsync([sha256], ct);
        if (check is null)
        {
            check = DocumentSignatureCheck.For(sha256);
            db.DocumentSignatureChecks.Add(check);
        }
        check.Record(verifier.Verify(bytes), now);
        return check;
    }

    /// <summary>One check as the lookup the file DTOs take.</summary>
    public static IReadOnlyDictionary<string, DocumentSignatureDto> Of(DocumentSignatureCheck? check) =>
        check is null ? new Dictionary<string, DocumentSignatureDto>() : new Dictionary<string, DocumentSignatureDto> { [check.Sha256] = DocumentSignatureDto.From(check) };

    /// <summary>The recorded checks of these files, by hash; files never checked (not PDFs) are absent.</summary>
    public static async Task<IReadOnlyDictionary<string, DocumentSignatureDto>> SignaturesOfAsync(this IApplicationDbContext db,
        IEnumerable<string> sha256s, CancellationToken ct)
    {
        var hashes = sha256s.Distinct().ToList();
        if (hashes.Count == 0)
            return new Dictionary<string, DocumentSignatureDto>();
        var checks = await db.DocumentSignatureChecks.AsNoTracking().Where(c => hashes.Contains(c.Sha256)).ToListAsync(ct);
        return checks.ToDictionary(c => c.Sha256, DocumentSignatureDto.From);
    }
}
