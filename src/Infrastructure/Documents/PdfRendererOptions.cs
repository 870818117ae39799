namespace PapiTracker.Infrastructure.Documents;

/// <summary>Where LibreOffice is and how long a conversion may take (<c>Documents__Soffice</c>, <c>Documents__TimeoutSeconds</c>).</summary>
public sealed class PdfRendererOptions
{
    public const string Section = "Documents";

    public string Soffice { get; set; } = "soffice";

    public int TimeoutSeconds { get; set; } = 120;
}
