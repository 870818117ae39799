using Microsoft.AspNetCore.Mvc;
using PapiTracker.Api.Infrastructure;
using PapiTracker.Application.Common.Files;

namespace PapiTracker.Api.Endpoints;

internal static class TableUploads
{
    /// <summary>
    /// An endpoint taking one CSV or XLSX file as multipart `file`: size-limited before the body is
    /// read, documented with its 400/413/415 problems. Token-authenticated, so no antiforgery cookie.
    /// </summary>
    public static RouteHandlerBuilder AcceptsTableUpload(this RouteHandlerBuilder endpoint) => endpoint
        .Accepts<IFormFile>("multipart/form-data")
        .DisableAntiforgery()
        .WithMetadata(new RequestSizeLimitAttribute(UploadLimits.MaxTableBytes + ServiceRegistration.UploadOverheadBytes))
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
