using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace PapiTracker.Api.Infrastructure;

/// <summary>
/// Gives every problem a title in the caller's language (Vietnamese unless Accept-Language prefers
/// English) and a traceId to quote to support.
/// </summary>
internal static class ProblemDetailsLocalization
{
    private static readonly Dictionary<int, (string Vi, string En)> Titles = new()
    {
        [400] = ("Dữ liệu không hợp lệ", "The request is not valid"),
        [401] = ("Chưa đăng nhập", "Not signed in"),
        [403] = ("Không có quyền", "Not allowed"),
        [404] = ("Không tìm thấy", "Not found"),
        [405] = ("Phương thức không được hỗ trợ", "Method not allowed"),
        [409] = ("Xung đột dữ liệu", "Conflict with the current state"),
        [412] = ("Dữ liệu đã bị thay đổi", "The data has changed"),
        [413] = ("Tệp quá lớn", "The file is too large"),
        [428] = ("Thiếu phiên bản dữ liệu", "The version you edit is missing"),
        [415] = ("Định dạng tệp không được hỗ trợ", "Unsupported file type"),
        [429] = ("Quá nhiều yêu cầu", "Too many requests"),
        [500] = ("Lỗi hệ thống", "Something went wrong on our side"),
        [503] = ("Hệ thống tạm thời không phục vụ được", "The service is unavailable for a moment"),
    };

    /// <summary>Types for the statuses ASP.NET Core leaves untyped; a problem always says which kind it is.</summary>
    private static readonly Dictionary<int, string> Types = new()
    {
        [413] = "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        [428] = "https://tools.ietf.org/html/rfc6585#section-3",
        [429] = "https://tools.ietf.org/html/rfc6585#section-4",
    };

    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? StatusCodes.Status500InternalServerError;
        if (Titles.TryGetValue(status, out var title))
            problem.Title = PrefersEnglish(context.HttpContext.Request) ? title.En : title.Vi;
        problem.Type ??= Types.GetValueOrDefault(status, "about:blank");
        problem.Instance ??= context.HttpContext.Request.Path;
        problem.Extensions["traceId"] = Activity.Current?.Id
            ?? context.HttpContext.Features.Get<IHttpActivityFeature>()?.Activity.Id
            ?? context.HttpContext.TraceIdentifier;
    }

    public static bool PrefersEnglish(HttpRequest request)
    {
        var preferred = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value ?? "")
            .FirstOrDefault(l => l.StartsWith("vi", StringComparison.OrdinalIgnoreCase) || l.StartsWith("en", StringComparison.OrdinalIgnoreCase));
        return preferred?.StartsWith("en", StringComparison.OrdinalIgnoreCase) ?? false;
    }
}
