namespace PapiTracker.Application.Common.Files;

/// <summary>
/// The province's signing service (an HSM or USB-token signer outside PapiTracker): a PDF goes out, the same PDF with a
/// signature added as an incremental update comes back. PapiTracker verifies what comes back before keeping it.
/// Throws <see cref="Exceptions.SigningServiceUnavailableException"/> when the service cannot be reached or refuses.
/// </summary>
public interface IDocumentSigner
{
    Task<byte[]> SignAsync(byte[] pdf, string fileName, CancellationToken cancellationToken);
}
