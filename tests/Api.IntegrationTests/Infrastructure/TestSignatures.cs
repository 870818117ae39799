using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;

namespace PapiTracker.Api.IntegrationTests.Infrastructure;

/// <summary>
/// A certification authority made in the test (root → intermediate → signer), and a PDF signer that does what a real
/// PAdES signer does: an incremental update with a signature field, a signature dictionary whose /ByteRange leaves out
/// exactly its /Contents, and in /Contents a detached CMS over those ranges. The product only verifies; this writes.
/// </summary>
internal sealed class TestCa : IDisposable
{
    private TestCa(X509Certificate2 root, X509Certificate2 intermediate, X509Certificate2 signer)
    {
        Root = root;
        Intermediate = intermediate;
        Signer = signer;
    }

    public X509Certificate2 Root { get; }
    public X509Certificate2 Intermediate { get; }

    /// <summary>The signer's certificate with its private key.</summary>
    public X509Certificate2 Signer { get; }

    public static TestCa Create(string rootName = "PapiTracker Test Root CA")
    {
        var now = DateTimeOffset.UtcNow;
        using var rootKey = RSA.Create(2048);
        var rootRequest = new CertificateRequest(Name(rootName, "PapiTracker Test"), rootKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        rootRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        rootRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        rootRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(rootRequest.PublicKey, false));
        var root = rootRequest.CreateSelfSigned(now.AddDays(-2), now.AddYears(5));

        using var intermediateKey = RSA.Create(2048);
        var intermediateRequest = new CertificateRequest(Name(rootName + " - Signing", "PapiTracker Test"), intermediateKey, HashAlgorithmName.SHA256,
            RSASignaturePadding.Pkcs1);
        intermediateRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        intermediateRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        intermediateRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(intermediateRequest.PublicKey, false));
        intermediateRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(root, true, false));
        using var intermediatePublic = intermediateRequest.Create(root, now.AddDays(-1), now.AddYears(3), [1, 2, 3, 4]);
        var intermediate = intermediatePublic.CopyWithPrivateKey(intermediateKey);

        using var signerKey = RSA.Create(2048);
        var signerRequest = new CertificateRequest(Name("Nguyễn Văn An", "Sở Nội vụ tỉnh Bắc Giang"), signerKey, HashAlgorithmName.SHA256,
            RSASignaturePadding.Pkcs1);
        signerRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        signerRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        signerRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(intermediate, true, false));
        using var signerPublic = signerRequest.Create(intermediate, now.AddHours(-12), now.AddYears(1), [5, 6, 7, 8]);
        return new TestCa(root, intermediate, signerPublic.CopyWithPrivateKey(signerKey));
    }

    /// <summary>Writes the root and the intermediate into the trust folder, as an operator would (DER and PEM).</summary>
    public void Trust(string directory)
    {
        File.WriteAllBytes(Path.Combine(directory, $"root-{Root.Thumbprint}.cer"), Root.Export(X509ContentType.Cert));
        File.WriteAllText(Path.Combine(directory, $"intermediate-{Intermediate.Thumbprint}.pem"), Intermediate.ExportCertificatePem());
    }

    public void Dispose()
    {
        Root.Dispose();
        Intermediate.Dispose();
        Signer.Dispose();
    }

    private static X500DistinguishedName Name(string commonName, string organisation)
    {
        var name = new X500DistinguishedNameBuilder();
        name.AddCountryOrRegion("VN");
        name.AddOrganizationName(organisation);
        name.AddCommonName(commonName);
        return name.Build();
    }
}

internal static partial class TestPdfs
{
    private const int SignatureBytes = 8192;
    private const string ByteRangePlaceholder = "/ByteRange [0 0000000000 0000000000 0000000000]";

    /// <summary>A small, well-formed one-page PDF with the given line of text (classic cross-reference table, offsets exact).</summary>
    public static byte[] Unsigned(string text)
    {
        var content = $"BT /F1 14 Tf 72 770 Td ({text}) Tj ET";
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>",
        };
        var pdf = new StringBuilder("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    /// <summary>
    /// Signs the PDF as an incremental update: the catalog again with an /AcroForm naming an invisible signature field,
    /// the field (merged with its widget) and the signature dictionary; then the CMS over everything but /Contents.
    /// </summary>
    public static byte[] Sign(byte[] pdf, X509Certificate2 signer, X509Certificate2Collection carried, DateTimeOffset signingTime)
    {
        var original = Encoding.Latin1.GetString(pdf);
        var previousXref = long.Parse(StartXrefPattern().Matches(original)[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        var root = int.Parse(RootPattern().Matches(original)[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        var size = int.Parse(SizePattern().Matches(original)[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        var catalog = new Regex($@"(?s)(?<![0-9]){root} 0 obj\s*<<(.*?)endobj").Matches(original)[^1].Groups[1].Value;
        catalog = catalog[..catalog.LastIndexOf(">>", StringComparison.Ordinal)];
        int signature = size, field = size + 1;

        var update = new StringBuilder(original.EndsWith('\n') ? "" : "\n");
        var offsets = new Dictionary<int, long>();
        void Add(int number, string body)
        {
            offsets[number] = pdf.Length + update.Length;
            update.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        }
        Add(root, $"<<{catalog} /AcroForm << /Fields [{field} 0 R] /SigFlags 3 >> >>");
        Add(signature, $"<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached {ByteRangePlaceholder} " +
            $"/M (D:{signingTime.UtcDateTime:yyyyMMddHHmmss}Z) /Contents <{new string('0', SignatureBytes * 2)}> >>");
        Add(field, $"<< /FT /Sig /T (Signature1) /V {signature} 0 R /Type /Annot /Subtype /Widget /Rect [0 0 0 0] /F 132 >>");
        var xref = pdf.Length + update.Length;
        update.Append(CultureInfo.InvariantCulture, $"xref\n0 1\n0000000000 65535 f \n{root} 1\n{offsets[root]:D10} 00000 n \n");
        update.Append(CultureInfo.InvariantCulture, $"{signature} 2\n{offsets[signature]:D10} 00000 n \n{offsets[field]:D10} 00000 n \n");
        update.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {size + 2} /Root {root} 0 R /Prev {previousXref} >>\nstartxref\n{xref}\n%%EOF\n");

        var signed = pdf.Concat(Encoding.Latin1.GetBytes(update.ToString())).ToArray();
        var text = Encoding.Latin1.GetString(signed);
        var placeholder = text.LastIndexOf(ByteRangePlaceholder, StringComparison.Ordinal);
        var hexStart = text.IndexOf("/Contents <", placeholder, StringComparison.Ordinal) + "/Contents ".Length;
        var hexEnd = text.IndexOf('>', hexStart) + 1;
        long[] range = [0, hexStart, hexEnd, signed.Length - hexEnd];
        var byteRange = $"/ByteRange [0 {range[1],-10} {range[2],-10} {range[3],-10}]";
        Encoding.Latin1.GetBytes(byteRange).CopyTo(signed, placeholder);

        var covered = signed[..hexStart].Concat(signed[hexEnd..]).ToArray();
        var cms = new SignedCms(new ContentInfo(covered), detached: true);
        var cmsSigner = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, signer)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"),
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        cmsSigner.Certificates.AddRange(carried);
        cmsSigner.SignedAttributes.Add(new Pkcs9SigningTime(signingTime.UtcDateTime));
        cms.ComputeSignature(cmsSigner, silent: true);
        var hex = Convert.ToHexString(cms.Encode());
        if (hex.Length > SignatureBytes * 2)
            throw new InvalidOperationException("The signature does not fit its placeholder.");
        Encoding.Latin1.GetBytes(hex).CopyTo(signed, hexStart + 1);
        return signed;
    }

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXrefPattern();

    [GeneratedRegex(@"/Root\s+(\d+)\s+0\s+R")]
    private static partial Regex RootPattern();

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex SizePattern();
}
