using Microsoft.OpenApi;
using PapiTracker.Application.Common.Files;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PapiTracker.Api.Infrastructure.Contract;

/// <summary>
/// The problem details as the API writes them: every one carries the traceId to quote to support
/// (<see cref="ProblemDetailsLocalization"/>), and a refused file's 400 lists its problems by row and
/// column besides the field errors (at most <see cref="FileRejectedException.MaxProblemsListed"/>).
/// </summary>
internal sealed class ProblemShapes : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        IDictionary<string, IOpenApiSchema> schemas = document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        foreach (var name in new[] { nameof(Microsoft.AspNetCore.Mvc.ProblemDetails), nameof(HttpValidationProblemDetails) })
        {
            if (schemas.TryGetValue(name, out var schema) && schema is OpenApiSchema { Properties: { } properties })
                properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Quote it to support: it finds the request in the server's log." };
        }
        if (schemas.TryGetValue(nameof(HttpValidationProblemDetails), out var problem) && problem is OpenApiSchema { Properties: { } validation })
        {
            validation["problems"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                MaxItems = FileRejectedException.MaxProblemsListed,
                Items = context.SchemaGenerator.GenerateSchema(typeof(FileProblem), context.SchemaRepository),
                Description = "A refused file only: every problem by row and column, for a table.",
            };
        }
    }
}
