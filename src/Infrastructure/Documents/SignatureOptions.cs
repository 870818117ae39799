namespace PapiTracker.Infrastructure.Documents;

/// <summary>
/// The signature settings (<c>Signatures__…</c>): the folder of trusted root and intermediate certificates (none shipped),
/// whether a unit plan needs a valid signed document, and the province's signing service.
/// </summary>
public sealed class SignatureOptions
{
    public const string Section = "Signatures";

    /// <summary>Certificates as .cer/.crt/.der/.pem files; self-signed ones are roots, the rest intermediates. Read at every check.</summary>
    public string? TrustDirectory { get; set; }

    public bool UnitPlanMustBeValid { get; set; }

    /// <summary>Where the signing service takes a PDF by POST and answers with it signed; without it, signing answers 503.</summary>
    public Uri? SigningServiceUrl { get; set; }

    public int SigningTimeoutSeconds { get; set; } = 60;
}
