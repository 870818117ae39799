using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PapiTracker.Api.IntegrationTests.Webhooks;

/// <summary>One POST as the receiver got it.</summary>
internal sealed record ReceivedWebhook(string Path, string Id, string Timestamp, string Signature, string Body);

/// <summary>
/// Another system's endpoint, on Kestrel at a free loopback port: keeps every POST and answers with the status codes it
/// is told (in turn; 200 once they run out, or always <see cref="FailAlways"/>).
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<HttpStatusCode> _answers = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    public bool FailAlways { get; set; }

    private string _address = "";

    /// <summary>The URL of one endpoint of the receiver (each subscription its own, so a test can tell them apart).</summary>
    public string Url(string path = "a") => $"{_address}/hooks/{path}";

    public IReadOnlyList<ReceivedWebhook> At(string path) => Received.Where(r => r.Path == path).ToList();

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hooks/{path}", async (string path, HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            receiver.Received.Enqueue(new ReceivedWebhook(path,
                request.Headers["webhook-id"].ToString(), request.Headers["webhook-timestamp"].ToString(), request.Headers["webhook-signature"].ToString(),
                await reader.ReadToEndAsync()));
            var status = receiver.FailAlways ? HttpStatusCode.InternalServerError
                : receiver._answers.TryDequeue(out var next) ? next : HttpStatusCode.OK;
            return Results.StatusCode((int)status);
        });
        await app.StartAsync();
        receiver._address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return receiver;
    }

    public void AnswerNext(params HttpStatusCode[] statuses)
    {
        foreach (var status in statuses)
            _answers.Enqueue(status);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
