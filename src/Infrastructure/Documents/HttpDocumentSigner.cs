using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Files;

namespace PapiTracker.Infrastructure.Documents;

/// <summary>
/// The province's signing service over HTTP (<c>Signatures__SigningServiceUrl</c>): the PDF is POSTed as
/// <c>application/pdf</c> with its file name in <c>Content-Disposition</c>, the signed PDF is the answer's body. The service
/// (an HSM or a USB-token signer on the signer's desk) decides who signs and how it asks them; PapiTracker only sends and checks.
/// </summary>
public sealed class HttpDocumentSigner(IOptions<SignatureOptions> options) : IDocumentSigner, IDisposable
{
    private const long MaxSignedBytes = 64 * 1024 * 1024;

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(options.Value.SigningTimeoutSeconds), MaxResponseContentBufferSize = MaxSignedBytes };

    public async Task<byte[]> SignAsync(byte[] pdf, string fileName, CancellationToken cancellationToken)
    {
        var url = options.Value.SigningServiceUrl ?? throw new SigningServiceUnavailableException(new InvalidOperationException("Signatures:SigningServiceUrl is not set."));
        using var content = new ByteArrayContent(pdf);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName };
        try
        {
            using var response = await _http.PostAsync(url, content, cancellationToken);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsByteArrayAsync(cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new SigningServiceUnavailableException(e);
        }
    }

    public void Dispose() => _http.Dispose();
}
