using PapiTracker.Api.Infrastructure;
using PapiTracker.Domain.Common;

namespace PapiTracker.Api.Security.RateLimiting;

/// <summary>
/// What a 429 from the rate limiter says, in the caller's language: the limiter answers before the
/// request's culture is set, so the language is read from the request itself.
/// </summary>
internal static class RateLimitProblems
{
    public static string Detail(HttpRequest request, Text text) => text.In(ProblemDetailsLocalization.Culture(request));
}
