using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PapiTracker.Application.Common.Files;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Documents;
using UglyToad.PdfPig;

namespace PapiTracker.Infrastructure.Documents;

/// <summary>
/// Verifies the signatures of a PDF with the platform's CMS support. A signature is found by its <c>/ByteRange</c>, which
/// must leave out exactly its <c>/Contents</c> hex string (so a signature dictionary is always in plain bytes, never in a
/// compressed object stream); the CMS is checked over those ranges and its signer chained to the operator's trust list
/// at the signing time, without revocation checks (PapiTracker does not reach out to the CAs' OCSP servers).
/// </summary>
public sealed partial class PdfSignatureVerifier(IOptions<SignatureOptions> options, TimeProvider clock, ILogger<PdfSignatureVerifier> logger)
    : ISignatureVerifier
{
    private const string MessageDigestOid = "1.2.840.113549.1.9.4";
    private const string SigningTimeOid = "1.2.840.113549.1.9.5";
    private const string SignatureTimestampOid = "1.2.840.113549.1.9.16.2.14";
    private const string OrganisationOid = "2.5.4.10";

    public SignatureFindings Verify(ReadOnlyMemory<byte> pdf)
    {
        if (!IsReadablePdf(pdf))
            return SignatureFindings.CouldNotCheck(SignatureProblem.NotReadablePdf);
        var found = FindSignatures(pdf.Span);
        if (found.Count == 0)
            return SignatureFindings.NotSigned;
        var malformed = found.FirstOrDefault(s => s.Problem is not null);
        if (malformed is not null)
            return SignatureFindings.CouldNotCheck(malformed.Problem!.Value, signatureCount: found.Count);

        var trust = TrustList.Read(options.Value.TrustDirectory, logger);
        var checks = found.Select(s => Check(pdf, s, trust)).ToList();
        var worst = checks.MaxBy(c => c.State)!;
        var main = checks.FirstOrDefault(c => !c.IsDocumentTimestamp) ?? checks[0];
        var state = checks.Max(c => c.State);
        return new SignatureFindings(
            state, worst.Problem, worst.Detail, checks.Count, main.Subject, main.Organisation, main.SignedAt,
            main.TimestampedAt ?? checks.FirstOrDefault(c => c.IsDocumentTimestamp)?.SignedAt,
            checks.All(c => c.DigestMatches == true) ? true : checks.Any(c => c.DigestMatches == false) ? false : null,
            checks.Any(c => c.ChangedAfter),
            checks.All(c => c.Trusted == true) ? true : checks.Any(c => c.Trusted == false) ? false : null);
    }

    private bool IsReadablePdf(ReadOnlyMemory<byte> pdf)
    {
        try
        {
            using var document = PdfDocument.Open(pdf.ToArray());
            return document.NumberOfPages > 0;
        }
#pragma warning disable CA1031 // PdfPig throws many kinds of exception for a damaged file; each one means "cannot be read"
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogInformation(e, "A PDF could not be read for its signatures");
            return false;
        }
    }

    /// <summary>One <c>/ByteRange</c> in the file: its four numbers, the dictionary's text around it, and what is wrong with it if anything.</summary>
    private sealed record FoundSignature(long[] Range, string Dictionary, SignatureProblem? Problem);

    private static List<FoundSignature> FindSignatures(ReadOnlySpan<byte> pdf)
    {
        var found = new List<FoundSignature>();
        var text = Encoding.Latin1.GetString(pdf);
        foreach (Match match in ByteRangePattern().Matches(text))
        {
            var numbers = match.Groups["n"].Captures.Select(c => long.TryParse(c.Value, CultureInfo.InvariantCulture, out var n) ? n : -1).ToArray();
            var dictionary = DictionaryAround(text, match.Index);
            if (numbers.Length != 4 || numbers.Any(n => n < 0) || numbers[0] != 0 || numbers[1] <= 0 || numbers[2] <= numbers[1])
                found.Add(new(numbers, dictionary, SignatureProblem.ByteRangeMalformed));
            else if (numbers[2] + numbers[3] > pdf.Length)
                found.Add(new(numbers, dictionary, SignatureProblem.ByteRangeOutsideFile));
            else if (pdf[(int)numbers[1]] != '<' || pdf[(int)numbers[2] - 1] != '>')
                found.Add(new(numbers, dictionary, SignatureProblem.ByteRangeMalformed));
            else
                found.Add(new(numbers, dictionary, null));
        }
        return found;
    }

    /// <summary>The object the match is in (from its <c>obj</c> to its <c>endobj</c>), with the hex signature itself left out by the callers' ranges.</summary>
    private static string DictionaryAround(string text, int at)
    {
        var start = text.LastIndexOf(" obj", at, StringComparison.Ordinal);
        var end = text.IndexOf("endobj", at, StringComparison.Ordinal);
        start = start < 0 ? Math.Max(0, at - 2000) : start;
        end = end < 0 ? Math.Min(text.Length, at + 2000) : end;
        var dictionary = text[start..end];
        var hexStart = dictionary.IndexOf("/Contents", StringComparison.Ordinal);
        var hexEnd = hexStart < 0 ? -1 : dictionary.IndexOf('>', hexStart);
        return hexStart < 0 || hexEnd < 0 ? dictionary : dictionary[..hexStart] + dictionary[(hexEnd + 1)..];
    }

    private sealed record Checked(
        SignatureState State, SignatureProblem? Problem, string? Detail, bool IsDocumentTimestamp, string? Subject, string? Organisation,
        DateTimeOffset? SignedAt, DateTimeOffset? TimestampedAt, bool? DigestMatches, bool ChangedAfter, bool? Trusted);

    private Checked Check(ReadOnlyMemory<byte> pdf, FoundSignature signature, TrustList trust)
    {
        var r = signature.Range;
        var signed = new byte[r[1] + r[3]];
        pdf.Span[..(int)r[1]].CopyTo(signed);
        pdf.Span.Slice((int)r[2], (int)r[3]).CopyTo(signed.AsSpan((int)r[1]));
        var der = Convert.FromHexString(HexDigits(pdf.Span[((int)r[1] + 1)..((int)r[2] - 1)]));
        var changedAfter = ChangedAfter(pdf.Span[(int)(r[2] + r[3])..]);
        var isTimestamp = signature.Dictionary.Contains("/ETSI.RFC3161", StringComparison.Ordinal);
        try
        {
            return isTimestamp ? CheckTimestamp(signed, der, changedAfter, trust) : CheckCms(signed, der, changedAfter, signature.Dictionary, trust);
        }
        catch (Exception e) when (e is CryptographicException or AsnContentException or FormatException)
        {
            return new(SignatureState.CouldNotCheck, SignatureProblem.SignatureNotCms, e.Message, isTimestamp, null, null, null, null, null, changedAfter, null);
        }
    }

    /// <summary>The hex string without its whitespace and its zero padding past the DER value (read by its own length).</summary>
    private static string HexDigits(ReadOnlySpan<byte> hex)
    {
        var digits = new StringBuilder(hex.Length);
        foreach (var b in hex)
        {
            if (Uri.IsHexDigit((char)b))
                digits.Append((char)b);
            else if (!char.IsWhiteSpace((char)b))
                throw new FormatException(Messages.SignatureContentsNotHex.En);
        }
        if (digits.Length % 2 == 1)
            digits.Append('0');
        return digits.ToString();
    }

    private static ReadOnlyMemory<byte> Der(byte[] padded)
    {
        AsnDecoder.ReadEncodedValue(padded, AsnEncodingRules.BER, out _, out _, out var consumed);
        return padded.AsMemory(0, consumed);
    }

    private Checked CheckCms(byte[] signed, byte[] der, bool changedAfter, string dictionary, TrustList trust)
    {
        var cms = new SignedCms(new ContentInfo(signed), detached: true);
        cms.Decode(Der(der).Span);
        var signer = cms.SignerInfos[0];
        var certificate = signer.Certificate
            ?? throw new CryptographicException(Messages.SignatureWithoutCertificate.En);
        var subject = certificate.Subject;
        var organisation = Organisation(certificate);
        var signedAt = SigningTime(signer) ?? PdfDate(dictionary);
        var timestampedAt = SignatureTimestamp(signer);

        var digest = signer.SignedAttributes.Cast<CryptographicAttributeObject>().FirstOrDefault(a => a.Oid.Value == MessageDigestOid);
        if (digest is not null)
        {
            var algorithm = HashAlgorithmOf(signer.DigestAlgorithm.Value);
            if (algorithm is null)
                return new(SignatureState.CouldNotCheck, SignatureProblem.DigestAlgorithmUnknown, signer.DigestAlgorithm.Value, false, subject, organisation,
                    signedAt, timestampedAt, null, changedAfter, null);
            var expected = new Pkcs9MessageDigest();
            expected.CopyFrom(digest.Values[0]);
            if (!CryptographicOperations.FixedTimeEquals(expected.MessageDigest, CryptographicOperations.HashData(algorithm.Value, signed)))
                return new(SignatureState.ModifiedAfterSigning, SignatureProblem.DigestMismatch, null, false, subject, organisation,
                    signedAt, timestampedAt, false, changedAfter, null);
        }
        try
        {
            signer.CheckSignature(verifySignatureOnly: true);
        }
        catch (CryptographicException e)
        {
            return new(SignatureState.ModifiedAfterSigning, SignatureProblem.SignatureValueWrong, e.Message, false, subject, organisation,
                signedAt, timestampedAt, digest is null ? null : true, changedAfter, null);
        }
        var (trusted, problem, detail) = Chain(certificate, cms.Certificates, timestampedAt ?? signedAt, trust);
        var state = changedAfter ? SignatureState.ModifiedAfterSigning : trusted ? SignatureState.Valid : SignatureState.SignedUntrusted;
        return new(state, changedAfter ? SignatureProblem.ChangedAfterSigning : problem, changedAfter ? null : detail, false, subject, organisation,
            signedAt, timestampedAt, true, changedAfter, trusted);
    }

    /// <summary>A document timestamp (<c>/ETSI.RFC3161</c>): an RFC 3161 token over the byte ranges, its time the TSA's.</summary>
    private Checked CheckTimestamp(byte[] signed, byte[] der, bool changedAfter, TrustList trust)
    {
        if (!Rfc3161TimestampToken.TryDecode(Der(der), out var token, out _))
            throw new CryptographicException(Messages.TimestampNotRfc3161.En);
        var at = token.TokenInfo.Timestamp;
        if (!token.VerifySignatureForData(signed, out var tsa))
            return new(SignatureState.ModifiedAfterSigning, SignatureProblem.DigestMismatch, null, true, null, null, at, null, false, changedAfter, null);
        var (trusted, problem, detail) = Chain(tsa!, token.AsSignedCms().Certificates, at, trust);
        var state = changedAfter ? SignatureState.ModifiedAfterSigning : trusted ? SignatureState.Valid : SignatureState.SignedUntrusted;
        return new(state, changedAfter ? SignatureProblem.ChangedAfterSigning : problem, detail, true, tsa!.Subject, Organisation(tsa), at, null, true,
            changedAfter, trusted);
    }

    private (bool Trusted, SignatureProblem? Problem, string? Detail) Chain(
        X509Certificate2 certificate, X509Certificate2Collection carried, DateTimeOffset? at, TrustList trust)
    {
        if (trust.Roots.Count == 0)
            return (false, SignatureProblem.NoTrustList, null);
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(trust.Roots);
        chain.ChainPolicy.ExtraStore.AddRange(trust.Intermediates);
        chain.ChainPolicy.ExtraStore.AddRange(carried);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        chain.ChainPolicy.VerificationTime = (at ?? clock.GetUtcNow()).UtcDateTime;
        if (chain.Build(certificate))
            return (true, null, null);
        var why = string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation.Trim()).Where(s => s.Length > 0).Distinct());
        return (false, SignatureProblem.ChainNotTrusted, why.Length > 0 ? why : null);
    }

    /// <summary>
    /// Whether a revision was added after the signed bytes that is not itself a later signature, document timestamp or
    /// validation data (<c>/DSS</c>): those are how signatures are meant to accumulate. A signature revision that also
    /// changed a page's content is not told apart from one that only added its field.
    /// </summary>
    private static bool ChangedAfter(ReadOnlySpan<byte> after)
    {
        var text = Encoding.Latin1.GetString(after);
        return text.Split("%%EOF").Any(revision => revision.Trim().Length > 0
            && !revision.Contains("/ByteRange", StringComparison.Ordinal) && !revision.Contains("/DSS", StringComparison.Ordinal));
    }

    private static string? Organisation(X509Certificate2 certificate) =>
        certificate.SubjectName.EnumerateRelativeDistinguishedNames()
            .Where(n => n.GetSingleElementType().Value == OrganisationOid)
            .Select(n => n.GetSingleElementValue())
            .FirstOrDefault();

    private static DateTimeOffset? SigningTime(SignerInfo signer)
    {
        var attribute = signer.SignedAttributes.Cast<CryptographicAttributeObject>().FirstOrDefault(a => a.Oid.Value == SigningTimeOid);
        if (attribute is null)
            return null;
        var time = new Pkcs9SigningTime();
        time.CopyFrom(attribute.Values[0]);
        return new DateTimeOffset(DateTime.SpecifyKind(time.SigningTime, DateTimeKind.Utc));
    }

    /// <summary>The time of the signature's own timestamp token, when present and made over this signature's value.</summary>
    private static DateTimeOffset? SignatureTimestamp(SignerInfo signer)
    {
        var attribute = signer.UnsignedAttributes.Cast<CryptographicAttributeObject>().FirstOrDefault(a => a.Oid.Value == SignatureTimestampOid);
        if (attribute is null || !Rfc3161TimestampToken.TryDecode(attribute.Values[0].RawData, out var token, out _))
            return null;
        return token.VerifySignatureForSignerInfo(signer, out _) ? token.TokenInfo.Timestamp : null;
    }

    /// <summary>The signature dictionary's <c>/M</c> (a PDF date, <c>D:YYYYMMDDHHmmSS+HH'mm'</c>), when the CMS has no signing time (PAdES leaves it out).</summary>
    private static DateTimeOffset? PdfDate(string dictionary)
    {
        var m = PdfDatePattern().Match(dictionary);
        if (!m.Success)
            return null;
        int Part(string name, int otherwise) => m.Groups[name].Success ? int.Parse(m.Groups[name].Value, CultureInfo.InvariantCulture) : otherwise;
        var offset = m.Groups["z"].Value is "+" or "-"
            ? TimeSpan.FromMinutes((m.Groups["z"].Value == "-" ? -1 : 1) * (Part("oh", 0) * 60 + Part("om", 0)))
            : TimeSpan.Zero;
        try
        {
            return new DateTimeOffset(Part("y", 1), Part("mo", 1), Part("d", 1), Part("h", 0), Part("mi", 0), Part("s", 0), offset);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static HashAlgorithmName? HashAlgorithmOf(string? oid) => oid switch
    {
        "1.3.14.3.2.26" => HashAlgorithmName.SHA1,
        "2.16.840.1.101.3.4.2.1" => HashAlgorithmName.SHA256,
        "2.16.840.1.101.3.4.2.2" => HashAlgorithmName.SHA384,
        "2.16.840.1.101.3.4.2.3" => HashAlgorithmName.SHA512,
        _ => null,
    };

    [GeneratedRegex(@"/ByteRange\s*\[\s*(?:(?<n>-?\d+)\s*)*\]")]
    private static partial Regex ByteRangePattern();

    [GeneratedRegex(@"/M\s*\(D:(?<y>\d{4})(?<mo>\d{2})?(?<d>\d{2})?(?<h>\d{2})?(?<mi>\d{2})?(?<s>\d{2})?(?<z>[Zz+-])?(?<oh>\d{2})?'?(?<om>\d{2})?")]
    private static partial Regex PdfDatePattern();
}
