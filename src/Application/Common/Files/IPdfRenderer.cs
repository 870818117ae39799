namespace PapiTracker.Application.Common.Files;

/// <summary>
/// Turns a document PapiTracker wrote (.docx) into PDF/A-2b with its fonts embedded, laid out from the same file, so
/// the PDF and the Word document never differ. Throws <see cref="Exceptions.PdfRendererUnavailableException"/> when it cannot.
/// </summary>
public interface IPdfRenderer
{
    Task<byte[]> RenderAsync(byte[] docx, CancellationToken cancellationToken);
}
