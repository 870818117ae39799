using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Documents.Commands.RecheckSignatures;
using PapiTracker.Application.Documents;
using PapiTracker.Application.Reporting.Queries.DownloadSignedDocument;

namespace PapiTracker.Api.Endpoints;

internal static class DocumentsEndpoints
{
    public static void MapDocumentsEndpoints(this RouteGroupBuilder api)
    {
        var documents = api.MapGroup("/").WithTags("Documents");

        documents.MapPost("/document-signatures/{sha256}/recheck", RecheckSignatures)
            .WithName(nameof(RecheckSignatures))
            .WithSummary("Check a stored PDF's signatures again (after the trust list changed), by its content hash as the file's `signature.sha256` gives it; anyone who may download a file with those bytes (404 otherwise).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        documents.MapGet("/signed-documents/{id:long}", DownloadSignedDocument)
            .WithName(nameof(DownloadSignedDocument))
            .WithSummary("Download a kept signed document (those who see its unit; 404 otherwise).")
            .ProducesFile(["application/pdf"])
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<FileStreamHttpResult> DownloadSignedDocument(long id, ISender sender, CancellationToken ct)
    {
        var file = await sender.Send(new DownloadSignedDocumentQuery(id), ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<Ok<DocumentSignatureDto>> RecheckSignatures(string sha256, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RecheckSignaturesCommand(sha256), ct));
}
