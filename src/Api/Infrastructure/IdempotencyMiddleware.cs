using System.Security.Cryptography;
using PapiTracker.Application.Common.Security;
using PapiTracker.Infrastructure.Idempotency;
using PapiTracker.Domain.Common;

namespace PapiTracker.Api.Infrastructure;

/// <summary>
/// Idempotency-Key on API writes (POST, PUT, PATCH, DELETE): a retry with the same key and the same request
/// gets the first answer again (status, body, Location, ETag, and <c>Idempotent-Replayed: true</c>) and
/// changes nothing; the same key with a different request is 409, as is a retry while the first still runs.
/// Keys belong to the caller (user or API token) and are kept 24 hours. Only successes are remembered:
/// after a refusal the client may correct the request and send it again with the same key.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";

    public async Task InvokeAsync(HttpContext http, IdempotencyStore store, ICurrentUser caller)
    {
        var request = http.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || !request.Path.StartsWithSegments("/api")
            || !request.Headers.TryGetValue(Header, out var values) || CallerKey(caller) is not { } who)
        {
            await next(http);
            return;
        }
        var key = values.ToString();
        if (key.Length is 0 or > IdempotentRequest.KeyMaxLength)
        {
            await Results.ValidationProblem(new Dictionary<string, string[]> { [Header] = [Messages.IdempotencyKeyLength(IdempotentRequest.KeyMaxLength)] })
                .ExecuteAsync(http);
            return;
        }

        switch (await store.ClaimAsync(who, key, await FingerprintAsync(request), http.RequestAborted))
        {
            case IdempotencyClaim.Replay(var first):
                http.Response.StatusCode = first.StatusCode!.Value;
                http.Response.Headers["Idempotent-Replayed"] = "true";
                if (first.ContentType is not null)
                    http.Response.ContentType = first.ContentType;
                if (first.Location is not null)
                    http.Response.Headers.Location = first.Location;
                if (first.ETag is not null)
                    http.Response.Headers.ETag = first.ETag;
                await http.Response.Body.WriteAsync(first.Body ?? [], http.RequestAborted);
                return;
            case IdempotencyClaim.Refuse(var reason):
                await Results.Problem(statusCode: StatusCodes.Status409Conflict, detail: reason.Current).ExecuteAsync(http);
                return;
        }

        // The answer is kept to be replayed, so it is written to memory first (writes answer with small JSON).
        var original = http.Response.Body;
        using var captured = new MemoryStream();
        http.Response.Body = captured;
        try
        {
            await next(http);
        }
        catch
        {
            await store.ReleaseAsync(who, key);
            throw;
        }
        finally
        {
            http.Response.Body = original;
        }

        var response = http.Response;
        if (response.StatusCode is >= 200 and <= 299)
            await store.CompleteAsync(who, key, response.StatusCode, response.ContentType, captured.ToArray(),
                response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
                response.Headers.ETag.ToString() is { Length: > 0 } etag ? etag : null);
        else
            await store.ReleaseAsync(who, key);
        captured.Position = 0;
        await captured.CopyToAsync(original, http.RequestAborted);
    }

    private static string? CallerKey(ICurrentUser caller) =>
        caller.UserId is { } user ? $"user:{user:N}" : caller.ApiTokenId is { } token ? $"token:{token}" : null;

    /// <summary>SHA-256 of method, path, query and body: one key goes with one request.</summary>
    private static async Task<string> FingerprintAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var buffer = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
            hash.AppendData(buffer, 0, read);
        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
