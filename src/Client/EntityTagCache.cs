using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;

namespace PapiTracker.Client;

/// <summary>
/// Conditional reads for the generated client, which takes a 304 for an error (NSwag throws <see cref="ApiException"/> for
/// any status it has no body for). Put it under the client's <see cref="HttpClient"/>: a GET whose last answer carried an
/// ETag is sent with If-None-Match, and a 304 comes back to the client as that answer again, so the rankings and the
/// framework catalogue cost the server nothing while they are unchanged. A GET that names its own If-None-Match is passed
/// through untouched (its 304 stays the caller's).
/// </summary>
public sealed class EntityTagCache(int capacity = EntityTagCache.DefaultCapacity) : DelegatingHandler
{
    public const int DefaultCapacity = 256;

    private readonly ConcurrentDictionary<string, Kept> _answers = new();

    /// <param name="inner">The handler that sends, usually an <see cref="HttpClientHandler"/>.</param>
    public EntityTagCache(HttpMessageHandler inner, int capacity = DefaultCapacity) : this(capacity) => InnerHandler = inner;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Get || request.Headers.IfNoneMatch.Count > 0 || request.RequestUri is null)
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var key = request.RequestUri.ToString();
        if (_answers.TryGetValue(key, out var kept))
            request.Headers.IfNoneMatch.Add(kept.Tag);

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotModified && kept is not null)
        {
            var again = kept.Answer(response);
            response.Dispose();
            return again;
        }
        if (response.StatusCode == HttpStatusCode.OK && response.Headers.ETag is { } tag)
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            if (_answers.Count >= capacity)
                _answers.Clear(); // Simpler than eviction, and a cache miss costs one full answer.
            _answers[key] = new Kept(tag, await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false), [.. response.Content.Headers]);
        }
        return response;
    }

    /// <summary>The body kept with its content headers; the rest (ETag, the request budget) are the 304's own, as RFC 9111 updates them.</summary>
    private sealed record Kept(EntityTagHeaderValue Tag, byte[] Body, KeyValuePair<string, IEnumerable<string>>[] ContentHeaders)
    {
        public HttpResponseMessage Answer(HttpResponseMessage notModified)
        {
            var answer = new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = notModified.RequestMessage, Content = new ByteArrayContent(Body) };
            foreach (var (name, values) in notModified.Headers)
                answer.Headers.TryAddWithoutValidation(name, values);
            foreach (var (name, values) in ContentHeaders)
                answer.Content.Headers.TryAddWithoutValidation(name, values);
            return answer;
        }
    }
}
