using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using PapiTracker.Domain.Common;

namespace PapiTracker.Api.Infrastructure;

/// <summary>
/// Every request is served in one language: Vietnamese unless Accept-Language prefers English (the
/// dashboard sends the language its user chose). Problems take their title and detail from the
/// catalogue (<see cref="Messages"/>) in that language, and a traceId to quote to support.
/// </summary>
internal static class ProblemDetailsLocalization
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>Types for the statuses ASP.NET Core leaves untyped; a problem always says which kind it is.</summary>
    private static readonly Dictionary<int, string> Types = new()
    {
        [413] = "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        [428] = "https://tools.ietf.org/html/rfc6585#section-3",
        [429] = "https://tools.ietf.org/html/rfc6585#section-4",
    };

    /// <summary>
    /// Sets the request's UI culture before anything else runs (the exception handler included), so that
    /// validators, file checks and the problems written for this request all speak the caller's language.
    /// Only the UI culture: parsing and formatting of numbers and dates stay invariant.
    /// </summary>
    public static IApplicationBuilder UseCallerLanguage(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            CultureInfo.CurrentUICulture = PrefersEnglish(context.Request) ? English : Vietnamese;
            await next(context);
        });

    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? StatusCodes.Status500InternalServerError;
        if (Messages.Titles.TryGetValue(status, out var title))
            problem.Title = title.In(Culture(context.HttpContext.Request));
        problem.Type ??= Types.GetValueOrDefault(status, "about:blank");
        problem.Instance ??= context.HttpContext.Request.Path;
        problem.Extensions["traceId"] = Activity.Current?.Id
            ?? context.HttpContext.Features.Get<IHttpActivityFeature>()?.Activity.Id
            ?? context.HttpContext.TraceIdentifier;
    }

    public static CultureInfo Culture(HttpRequest request) => PrefersEnglish(request) ? English : Vietnamese;

    public static bool PrefersEnglish(HttpRequest request)
    {
        var preferred = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value ?? "")
            .FirstOrDefault(l => l.StartsWith("vi", StringComparison.OrdinalIgnoreCase) || l.StartsWith("en", StringComparison.OrdinalIgnoreCase));
        return preferred?.StartsWith("en", StringComparison.OrdinalIgnoreCase) ?? false;
    }
}
