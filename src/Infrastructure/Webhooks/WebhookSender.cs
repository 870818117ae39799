using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace PapiTracker.Infrastructure.Webhooks;

/// <summary>What one POST came to: the receiver's status code (none when it never answered), how long it took, and why it failed.</summary>
public sealed record WebhookAttempt(bool Accepted, int? Status, TimeSpan Duration, string? Error);

/// <summary>
/// POSTs signed webhook messages with a timeout. Connections go only where <see cref="WebhookTargets"/> allows, checked at
/// every connect; redirects are not followed (a redirect could point inside the network).
/// </summary>
public sealed class WebhookSender : IDisposable
{
    private readonly HttpClient _http;

    public WebhookSender(WebhookTargets targets, IOptions<WebhookOptions> options)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = targets.ConnectAsync,
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            UseCookies = false,
        };
        _http = new HttpClient(handler) { Timeout = options.Value.Timeout };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("PapiTracker-Webhooks/1");
    }

    public async Task<WebhookAttempt> PostAsync(Uri url, string messageId, long timestamp, string signature, string body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("webhook-id", messageId);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", signature);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            var status = (int)response.StatusCode;
            return new WebhookAttempt(response.IsSuccessStatusCode, status, watch.Elapsed, response.IsSuccessStatusCode ? null : $"HTTP {status}");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return new WebhookAttempt(false, null, watch.Elapsed, $"No answer within {_http.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            return new WebhookAttempt(false, null, watch.Elapsed, e.InnerException?.Message is { } inner ? $"{e.Message} {inner}" : e.Message);
        }
    }

    public void Dispose() => _http.Dispose();
}
