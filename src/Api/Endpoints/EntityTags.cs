using Microsoft.Net.Http.Headers;
using PapiTracker.Application.Common.Models;

namespace PapiTracker.Api.Endpoints;

/// <summary>Optimistic concurrency over HTTP: row versions out as ETag, back in as If-Match.</summary>
internal static class EntityTags
{
    public const string IfMatchHeader = "If-Match";

    public static void SetETag(this HttpResponse response, uint version) =>
        response.Headers.ETag = new EntityTagHeaderValue($"\"{version}\"").ToString();

    /// <summary>The If-Match header as the use case checks it; a malformed tag matches no version.</summary>
    public static IfMatch ParseIfMatch(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
            return IfMatch.Missing;
        if (!EntityTagHeaderValue.TryParseList([header], out var tags) || tags.Count == 0)
            return new IfMatch(true, false, null);
        if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any)))
            return new IfMatch(true, true, null);
        return new IfMatch(true, false, tags.Count == 1 && uint.TryParse(tags[0].Tag.Value?.Trim('"'), out var version) ? version : null);
    }
}
