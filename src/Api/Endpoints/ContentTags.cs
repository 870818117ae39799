using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace PapiTracker.Api.Endpoints;

/// <summary>
/// Conditional GET for reads that change only with a re-import or a new catalogue (rankings, the
/// framework catalogue): the ETag is a hash of the JSON answer, so a re-import that changes the numbers
/// changes the tag and one that does not keeps it. A client that sends it back in If-None-Match gets
/// 304 without a body. "no-cache": the client asks each time (the answer is per caller), but cheaply.
/// </summary>
internal static class ContentTags
{
    public static RouteHandlerBuilder WithContentETag(this RouteHandlerBuilder endpoint) => endpoint
        .AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            if (result is not IValueHttpResult { Value: { } value } || result is not IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK })
                return result;
            var http = context.HttpContext;
            var json = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(),
                http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions);
            var tag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(json).AsSpan(0, 16))}\"");
            http.Response.Headers.ETag = tag.ToString();
            http.Response.Headers.CacheControl = "private, no-cache";
            return EntityTagHeaderValue.TryParseList(http.Request.Headers.IfNoneMatch, out var sent) && sent.Any(t => t.Compare(tag, useStrongComparison: false))
                ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
                : TypedResults.Bytes(json, "application/json; charset=utf-8");
        })
        .Produces(StatusCodes.Status304NotModified);
}
