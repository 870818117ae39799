using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;

namespace PapiTracker.Infrastructure.Documents;

/// <summary>The operator's trust list as read from its folder now: roots (self-signed) and intermediates.</summary>
internal sealed record TrustList(X509Certificate2Collection Roots, X509Certificate2Collection Intermediates)
{
    private static readonly string[] Extensions = [".cer", ".crt", ".der", ".pem"];

    /// <summary>Read at every check, so that a certificate the operator adds counts without a restart; a file that is not a certificate is logged and skipped.</summary>
    public static TrustList Read(string? directory, ILogger logger)
    {
        var roots = new X509Certificate2Collection();
        var intermediates = new X509Certificate2Collection();
        if (string.IsNullOrWhiteSpace(directory) || !Directory.Exists(directory))
            return new TrustList(roots, intermediates);
        foreach (var file in Directory.EnumerateFiles(directory).Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)).Order())
        {
            try
            {
                foreach (var certificate in Load(file))
                    (certificate.SubjectName.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData) ? roots : intermediates).Add(certificate);
            }
            catch (CryptographicException e)
            {
                logger.LogWarning(e, "The trust list file {File} is not a certificate; skipped", file);
            }
        }
        return new TrustList(roots, intermediates);
    }

    private static X509Certificate2Collection Load(string file)
    {
        var certificates = new X509Certificate2Collection();
        if (File.ReadAllText(file).Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
            certificates.ImportFromPemFile(file);
        else
            certificates.Add(X509CertificateLoader.LoadCertificateFromFile(file));
        return certificates;
    }
}
