using System.Globalization;

namespace PapiTracker.Api.Endpoints;

/// <summary>
/// The deprecation policy in code (docs/integration.md, Versioning): an operation being retired is marked on its endpoint
/// with <see cref="Deprecated"/>. Every answer it gives then says so — <c>Deprecation</c> (RFC 9745, the day it was
/// deprecated), <c>Sunset</c> (RFC 8594, from when it may be gone) and a <c>Link</c> with
/// <c>rel="deprecation"</c> to what replaces it — and the OpenAPI document marks the operation <c>deprecated: true</c>.
/// </summary>
public static class Deprecation
{
    /// <summary>The least time between deprecating an operation and its sunset, as the guide promises integrators.</summary>
    public const int MinimumNoticeDays = 180;

    /// <summary>Marks the endpoint as being retired; <paramref name="sunset"/> must leave integrators the promised notice.</summary>
    public static RouteHandlerBuilder Deprecated(this RouteHandlerBuilder endpoint, DateOnly since, DateOnly sunset, string link)
    {
        if (sunset.DayNumber - since.DayNumber < MinimumNoticeDays)
            throw new ArgumentException($"A sunset comes at least {MinimumNoticeDays} days after the deprecation ({since:yyyy-MM-dd}).", nameof(sunset));
        return endpoint.WithMetadata(new DeprecatedOperation(since, sunset, link));
    }

    /// <summary>Adds the headers to every answer of a deprecated endpoint, problems included (set as the answer starts).</summary>
    public static void UseDeprecationHeaders(this WebApplication app) =>
        app.Use((context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<DeprecatedOperation>() is { } deprecated)
                context.Response.OnStarting(() =>
                {
                    foreach (var (name, value) in deprecated.Headers)
                        context.Response.Headers.Append(name, value);
                    return Task.CompletedTask;
                });
            return next(context);
        });
}

/// <summary>When an operation was deprecated, when it goes, and where its replacement is described.</summary>
public sealed record DeprecatedOperation(DateOnly Since, DateOnly Sunset, string Link)
{
    /// <summary>The answer's headers: the moments as the RFCs write them (a structured-field date; an HTTP date).</summary>
    public IEnumerable<(string Name, string Value)> Headers =>
    [
        ("Deprecation", "@" + Moment(Since).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
        ("Sunset", Moment(Sunset).ToString("r", CultureInfo.InvariantCulture)),
        ("Link", $"<{Link}>; rel=\"deprecation\""),
    ];

    private static DateTimeOffset Moment(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
