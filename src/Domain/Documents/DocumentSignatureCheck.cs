namespace PapiTracker.Domain.Documents;

/// <summary>What a PDF's signatures say, from the best case down; a document with several signatures takes its worst.</summary>
public enum SignatureState
{
    /// <summary>Every signature covers the bytes it claims, nothing but a timestamp or validation data came after, and the signer chains to the trust list.</summary>
    Valid,

    /// <summary>The document is unchanged since signing, but the signer's certificate does not chain to the trust list (or there is none).</summary>
    SignedUntrusted,

    /// <summary>The signed bytes no longer match their digest, the signature value is wrong, or a revision was added after signing.</summary>
    ModifiedAfterSigning,

    NotSigned,

    /// <summary>The file or its signature could not be read; <see cref="SignatureProblem"/> says why.</summary>
    CouldNotCheck,
}

/// <summary>Why a check did not end in <see cref="SignatureState.Valid"/>, as a code the dashboard words in the user's language.</summary>
public enum SignatureProblem
{
    NotReadablePdf,
    ByteRangeMalformed,
    ByteRangeOutsideFile,
    SignatureNotCms,
    DigestAlgorithmUnknown,
    DigestMismatch,
    SignatureValueWrong,
    ChangedAfterSigning,
    NoTrustList,
    ChainNotTrusted,
}

/// <summary>What the verifier found in one file; the signer is that of the first signature (the document's own, not a later timestamp).</summary>
public sealed record SignatureFindings(
    SignatureState State, SignatureProblem? Problem, string? Detail, int SignatureCount, string? SignerSubject, string? SignerOrganisation,
    DateTimeOffset? SignedAt, DateTimeOffset? TimestampedAt, bool? DigestMatches, bool? ChangedAfterSigning, bool? Trusted)
{
    public static SignatureFindings NotSigned { get; } = new(SignatureState.NotSigned, null, null, 0, null, null, null, null, null, null, null);

    public static SignatureFindings CouldNotCheck(SignatureProblem problem, string? detail = null, int signatureCount = 0) =>
        new(SignatureState.CouldNotCheck, problem, detail, signatureCount, null, null, null, null, null, null, null);
}

/// <summary>
/// The last signature check of one stored PDF, keyed by its content hash: the bytes are stored once per hash, so every
/// report attachment and evidence file with those bytes shares the result, whatever it is attached to.
/// </summary>
public sealed class DocumentSignatureCheck
{
    public const int SubjectMaxLength = 1000;
    public const int OrganisationMaxLength = 300;
    public const int DetailMaxLength = 500;

    private DocumentSignatureCheck() { }

    /// <summary>Lower-case hex SHA-256 of the checked bytes.</summary>
    public string Sha256 { get; private set; } = "";
    public SignatureState State { get; private set; }
    public SignatureProblem? Problem { get; private set; }
    public string? Detail { get; private set; }
    public int SignatureCount { get; private set; }
    public string? SignerSubject { get; private set; }
    public string? SignerOrganisation { get; private set; }
    public DateTimeOffset? SignedAt { get; private set; }
    public DateTimeOffset? TimestampedAt { get; private set; }
    public bool? DigestMatches { get; private set; }
    public bool? ChangedAfterSigning { get; private set; }
    public bool? Trusted { get; private set; }
    public DateTimeOffset CheckedAt { get; private set; }

    public static DocumentSignatureCheck For(string sha256) => new() { Sha256 = sha256 };

    /// <summary>Replaces the previous result: a check is redone when the trust list changes.</summary>
    public void Record(SignatureFindings findings, DateTimeOffset checkedAt)
    {
        State = findings.State;
        Problem = findings.Problem;
        Detail = Clip(findings.Detail, DetailMaxLength);
        SignatureCount = findings.SignatureCount;
        SignerSubject = Clip(findings.SignerSubject, SubjectMaxLength);
        SignerOrganisation = Clip(findings.SignerOrganisation, OrganisationMaxLength);
        SignedAt = findings.SignedAt;
        TimestampedAt = findings.TimestampedAt;
        DigestMatches = findings.DigestMatches;
        ChangedAfterSigning = findings.ChangedAfterSigning;
        Trusted = findings.Trusted;
        CheckedAt = checkedAt;
    }

    private static string? Clip(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
