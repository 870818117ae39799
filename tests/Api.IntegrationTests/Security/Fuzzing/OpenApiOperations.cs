using System.Text.Json;

namespace PapiTracker.Api.IntegrationTests.Security.Fuzzing;

/// <summary>One operation of the OpenAPI document, as the fuzzer needs it.</summary>
internal sealed record OpenApiOperation(
    string Method, string Path, string OperationId, IReadOnlyList<OpenApiParameter> Parameters, string? BodyMediaType, JsonElement? BodySchema)
{
    public override string ToString() => $"{Method} {Path}";

    public IEnumerable<OpenApiParameter> In(string location) => Parameters.Where(p => p.In == location);
}

internal sealed record OpenApiParameter(string Name, string In, bool Required, JsonElement Schema);

/// <summary>Reads the operations and resolves schema references of an OpenAPI 3.0 document.</summary>
internal sealed class OpenApiDocument(JsonElement root)
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    public static OpenApiDocument Parse(string json) => new(JsonDocument.Parse(json).RootElement.Clone());

    /// <summary>Every operation, in a fixed order, so a seed always yields the same cases.</summary>
    public IReadOnlyList<OpenApiOperation> Operations()
    {
        var operations = new List<OpenApiOperation>();
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
            {
                var parameters = operation.Value.TryGetProperty("parameters", out var list)
                    ? list.EnumerateArray().Select(p => new OpenApiParameter(
                        p.GetProperty("name").GetString()!,
                        p.GetProperty("in").GetString()!,
                        p.TryGetProperty("required", out var required) && required.GetBoolean(),
                        p.TryGetProperty("schema", out var schema) ? Resolve(schema) : default)).ToList()
                    : [];
                string? mediaType = null;
                JsonElement? bodySchema = null;
                if (operation.Value.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content))
                {
                    var first = content.EnumerateObject().First();
                    mediaType = first.Name;
                    bodySchema = first.Value.TryGetProperty("schema", out var s) ? Resolve(s) : null;
                }
                operations.Add(new OpenApiOperation(operation.Name.ToUpperInvariant(), path.Name,
                    operation.Value.TryGetProperty("operationId", out var id) ? id.GetString()! : $"{operation.Name} {path.Name}",
                    parameters, mediaType, bodySchema));
            }
        }
        return operations.OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal).ToList();
    }

    /// <summary>Follows $ref and single-element allOf (how Swashbuckle wraps references) to the schema itself.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        for (var depth = 0; depth < 32; depth++)
        {
            if (schema.ValueKind != JsonValueKind.Object)
                return schema;
            if (schema.TryGetProperty("$ref", out var reference))
            {
                var name = reference.GetString()!.Split('/').Last();
                schema = root.GetProperty("components").GetProperty("schemas").GetProperty(name);
                continue;
            }
            if (schema.TryGetProperty("allOf", out var allOf) && allOf.GetArrayLength() == 1)
            {
                schema = allOf[0];
                continue;
            }
            return schema;
        }
        return schema;
    }
}
