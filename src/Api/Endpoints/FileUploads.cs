using Microsoft.AspNetCore.Mvc;
using PapiTracker.Api.Infrastructure;

namespace PapiTracker.Api.Endpoints;

internal static class FileUploads
{
    /// <summary>
    /// An endpoint taking one file as multipart `file`: size-limited before the body is read,
    /// documented with its 400/413/415 problems. Token-authenticated, so no antiforgery cookie.
    /// </summary>
    public static RouteHandlerBuilder AcceptsFileUpload(this RouteHandlerBuilder endpoint, long maxBytes) => endpoint
        .Accepts<IFormFile>("multipart/form-data")
        .DisableAntiforgery()
        .WithMetadata(new RequestSizeLimitAttribute(maxBytes + ServiceRegistration.UploadOverheadBytes))
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    /// <summary>An endpoint answering with a file of one of these types (the document says binary, not JSON).</summary>
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder endpoint, IReadOnlyList<string> contentTypes) =>
        endpoint.Produces<Stream>(StatusCodes.Status200OK, contentTypes[0], [.. contentTypes.Skip(1)]);
}
