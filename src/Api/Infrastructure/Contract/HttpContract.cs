using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;
using PapiTracker.Api.Endpoints;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Infrastructure.Idempotency;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PapiTracker.Api.Infrastructure.Contract;

/// <summary>
/// What the pipeline does around every endpoint, said in the document where the endpoint cannot say it:
/// who may call (security, the permission and the API token scopes, read from the use case), the headers
/// (Idempotency-Key, If-Match, If-None-Match, ETag, Location, Retry-After, Idempotent-Replayed and the
/// caller's RateLimit budget) and the statuses the middleware adds (409 for a reused Idempotency-Key,
/// 429 for a spent budget, 503 while the database is away), and files as binary.
/// </summary>
internal sealed class HttpContract : IOperationFilter, IDocumentFilter
{
    private const string RateLimitNote = "The caller's request budget (users and API tokens are counted apart; anonymous calls are not).";

    private static readonly OpenApiHeader EntityTagHeader =
        Header("The version read; send it back as If-Match (writes) or If-None-Match (reads).", JsonSchemaType.String);

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var message = UseCases.Of(context.ApiDescription, operation.OperationId);
        var isPublic = message?.GetCustomAttribute<PublicOperationAttribute>() is not null;
        if (isPublic)
        {
            operation.Security = [];
            Describe(operation, "Anonymous: no credential (the body carries it); limited per address.");
        }
        else if (message is not null)
            DescribeAccess(operation, message);

        operation.Responses ??= [];
        var deprecated = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<DeprecatedOperation>().FirstOrDefault();
        if (deprecated is not null)
        {
            operation.Deprecated = true;
            Describe(operation, $"Deprecated since {deprecated.Since:yyyy-MM-dd}; may be gone from {deprecated.Sunset:yyyy-MM-dd} (Sunset). See {deprecated.Link}.");
        }
        var method = context.ApiDescription.HttpMethod ?? "GET";
        var isWrite = !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method);
        if (isWrite && !isPublic)
        {
            AddHeaderParameter(operation, IdempotencyMiddleware.Header, required: false, maxLength: IdempotentRequest.KeyMaxLength,
                "Makes a retry safe: the same key and request within 24 hours answers the first result again and changes nothing; the same key with another request is 409.");
            AddProblem(operation, StatusCodes.Status409Conflict, context);
        }
        if (operation.Responses.ContainsKey("412"))
            AddHeaderParameter(operation, EntityTags.IfMatchHeader, required: true, maxLength: 64, "The ETag you read: 412 when the resource changed since, 428 when missing.");
        if (operation.Responses.ContainsKey("304"))
            AddHeaderParameter(operation, "If-None-Match", required: false, maxLength: 1024, "The ETag you hold: 304 without a body while the answer is unchanged.");
        AddProblem(operation, StatusCodes.Status429TooManyRequests, context);
        AddProblem(operation, StatusCodes.Status503ServiceUnavailable, context);

        foreach (var (status, response) in operation.Responses)
        {
            if (response is not OpenApiResponse written)
                continue;
            written.Headers ??= new Dictionary<string, IOpenApiHeader>();
            if (deprecated is not null)
            {
                written.Headers["Deprecation"] = Header("When this operation was deprecated (RFC 9745): @ and seconds since 1970.", JsonSchemaType.String);
                written.Headers["Sunset"] = Header("From when this operation may be gone (RFC 8594), an HTTP date.", JsonSchemaType.String);
                written.Headers["Link"] = Header("Where its replacement is described: rel=\"deprecation\".", JsonSchemaType.String);
            }
            if (status is "429" or "503")
                written.Headers["Retry-After"] = Header("Seconds to wait before trying again.", JsonSchemaType.Integer);
            if (status == "201")
                written.Headers["Location"] = Header("Where the created resource is read.", JsonSchemaType.String);
            if (status is "200" or "201" && (operation.Responses.ContainsKey("412") || operation.Responses.ContainsKey("304")))
                written.Headers["ETag"] = EntityTagHeader;
            if (isWrite && !isPublic && status.StartsWith('2'))
                written.Headers["Idempotent-Replayed"] = Header("true when this is the first answer to the same Idempotency-Key, replayed.", JsonSchemaType.String);
            if (!isPublic && (status.StartsWith('2') || status.StartsWith('4')))
            {
                written.Headers["RateLimit-Limit"] = Header(RateLimitNote + " Requests per window.", JsonSchemaType.Integer);
                written.Headers["RateLimit-Remaining"] = Header(RateLimitNote + " Requests left in the window.", JsonSchemaType.Integer);
                written.Headers["RateLimit-Reset"] = Header(RateLimitNote + " Seconds until the budget is whole again.", JsonSchemaType.Integer);
                written.Headers["RateLimit-Policy"] = Header(RateLimitNote + " The budget as limit;w=window seconds.", JsonSchemaType.String);
            }
            foreach (var (mediaType, content) in written.Content ?? new Dictionary<string, OpenApiMediaType>())
            {
                if (!mediaType.Contains("json", StringComparison.Ordinal))
                    content.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
            }
        }
    }

    /// <summary>The permission the use case declares and the API token scopes that carry it, in words and as x- fields.</summary>
    private static void DescribeAccess(OpenApiOperation operation, Type message)
    {
        var permissions = message.GetCustomAttributes<RequiresPermissionAttribute>().Select(a => a.Permission).ToList();
        var scopes = Permissions.TokenScopes.Where(s => permissions.Contains(s.Value)).Select(s => s.Key).ToList();
        string access;
        if (permissions.Count == 0)
            access = "Any signed-in user or API token.";
        else
        {
            access = $"Permission: {string.Join(" or ", permissions)}. "
                + (scopes.Count == 0 ? "Not open to API tokens." : $"API token scope: {string.Join(" or ", scopes)}.");
            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            operation.Extensions["x-permissions"] = new JsonNodeExtension(new JsonArray([.. permissions.Select(p => JsonValue.Create(p.ToString()))]));
            operation.Extensions["x-token-scopes"] = new JsonNodeExtension(new JsonArray([.. scopes.Select(s => JsonValue.Create(s))]));
        }
        Describe(operation, access);
    }

    private static void Describe(OpenApiOperation operation, string access) =>
        operation.Description = string.IsNullOrEmpty(operation.Description) ? access : $"{operation.Description}\n\n{access}";

    /// <summary>The read beside a write that takes If-Match answers with the ETag to send.</summary>
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        foreach (var path in document.Paths.Values)
        {
            if (path.Operations is not { } operations || !operations.Values.Any(o => o.Responses?.ContainsKey("412") == true)
                || !operations.TryGetValue(HttpMethod.Get, out var read) || read.Responses?.GetValueOrDefault("200") is not OpenApiResponse ok)
                continue;
            ok.Headers ??= new Dictionary<string, IOpenApiHeader>();
            ok.Headers["ETag"] = EntityTagHeader;
        }
    }

    /// <summary>The header as a parameter; one the endpoint binds already is completed, not declared twice.</summary>
    private static void AddHeaderParameter(OpenApiOperation operation, string name, bool required, int maxLength, string description)
    {
        operation.Parameters ??= [];
        var bound = operation.Parameters.OfType<OpenApiParameter>().FirstOrDefault(p => p.In == ParameterLocation.Header && p.Name == name);
        if (bound is null)
            operation.Parameters.Add(bound = new OpenApiParameter { Name = name, In = ParameterLocation.Header });
        bound.Required = required;
        bound.Description = description;
        bound.Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = maxLength };
    }

    private static void AddProblem(OpenApiOperation operation, int status, OperationFilterContext context)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(key))
            return;
        operation.Responses[key] = new OpenApiResponse
        {
            Description = ReasonPhrases.GetReasonPhrase(status),
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository) },
            },
        };
    }

    private static OpenApiHeader Header(string description, JsonSchemaType type) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = type, Format = type == JsonSchemaType.Integer ? "int32" : null } };
}
