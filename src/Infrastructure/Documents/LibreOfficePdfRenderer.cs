using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Files;

namespace PapiTracker.Infrastructure.Documents;

/// <summary>
/// PDF/A-2b from LibreOffice headless (Debian's <c>libreoffice-writer-nogui</c>; see docs/decisions). One conversion at a
/// time: LibreOffice keeps one instance per profile, and a conversion takes a core for seconds, so requests queue
/// rather than crowd the server. The profile lives for the process, which spares each conversion LibreOffice's
/// first-start set-up.
/// </summary>
internal sealed class LibreOfficePdfRenderer(IOptions<PdfRendererOptions> options) : IPdfRenderer, IDisposable
{
    // SelectPdfVersion 2 is PDF/A-2b: every font embedded, the PDF/A identification in the XMP metadata.
    private const string PdfA2Filter = """pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}""";

    private readonly SemaphoreSlim _one = new(1, 1);
    private readonly DirectoryInfo _profile = Directory.CreateTempSubdirectory("papi-soffice-profile-");

    public async Task<byte[]> RenderAsync(byte[] docx, CancellationToken cancellationToken)
    {
        await _one.WaitAsync(cancellationToken);
        var work = Directory.CreateTempSubdirectory("papi-pdf-");
        try
        {
            var input = Path.Combine(work.FullName, "document.docx");
            await File.WriteAllBytesAsync(input, docx, cancellationToken);
            var (exitCode, errors) = await RunAsync(input, work.FullName, cancellationToken);
            var output = Path.Combine(work.FullName, "document.pdf");
            return File.Exists(output)
                ? await File.ReadAllBytesAsync(output, cancellationToken)
                : throw new PdfRendererUnavailableException(new InvalidOperationException($"soffice exited {exitCode} without a PDF: {errors}"));
        }
        finally
        {
            work.Delete(recursive: true);
            _one.Release();
        }
    }

    private async Task<(int ExitCode, string Errors)> RunAsync(string input, string outputDirectory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(options.Value.Soffice,
            ["--headless", "--norestore", $"-env:UserInstallation={new Uri(_profile.FullName).AbsoluteUri}", "--convert-to", PdfA2Filter, "--outdir", outputDirectory, input])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception missing)
        {
            throw new PdfRendererUnavailableException(missing);
        }
        using var soffice = process ?? throw new PdfRendererUnavailableException(new InvalidOperationException($"{options.Value.Soffice} did not start"));
        var stdout = soffice.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = soffice.StandardError.ReadToEndAsync(cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
        try
        {
            await soffice.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            soffice.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new PdfRendererUnavailableException(new InvalidOperationException($"soffice took longer than {options.Value.TimeoutSeconds} s"));
        }
        await stdout;
        return (soffice.ExitCode, await stderr);
    }

    public void Dispose()
    {
        _one.Dispose();
        _profile.Delete(recursive: true);
    }
}
