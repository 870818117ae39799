using PapiTracker.Api.Infrastructure;
using PapiTracker.Application.Common.Exceptions;

namespace PapiTracker.Api.Security.RateLimiting;

/// <summary>What a 429 says, in the caller's language (Vietnamese unless Accept-Language prefers English).</summary>
internal static class RateLimitProblems
{
    public static readonly (string Vi, string En) SignInFlood = (
        "Quá nhiều yêu cầu đăng nhập từ địa chỉ này: vui lòng chờ rồi thử lại.",
        "Too many sign-in requests from this address: wait and try again.");

    public static readonly (string Vi, string En) RequestBudgetSpent = (
        "Tài khoản hoặc mã truy cập này đã gửi quá nhiều yêu cầu trong một phút: vui lòng chờ giây lát rồi thử lại.",
        "This account or API token sent too many requests in a minute: wait a moment and try again.");

    private static readonly Dictionary<TooManyAttemptsReason, (string Vi, string En)> Attempts = new()
    {
        [TooManyAttemptsReason.AccountLocked] = (
            "Đăng nhập sai quá nhiều lần: tài khoản tạm thời bị khóa.",
            "Too many failed sign-ins: the account is locked for a while."),
        [TooManyAttemptsReason.FailedSignInsFromAddress] = (
            "Quá nhiều lần đăng nhập sai từ địa chỉ này: vui lòng chờ rồi thử lại.",
            "Too many failed sign-ins from this address: wait and try again."),
        [TooManyAttemptsReason.SessionRenewals] = (
            "Phiên đăng nhập được gia hạn quá nhiều lần trong thời gian ngắn: vui lòng chờ giây lát rồi thử lại.",
            "This session was renewed too often just now: wait a moment and try again."),
    };

    public static string Detail(HttpRequest request, (string Vi, string En) text) =>
        ProblemDetailsLocalization.PrefersEnglish(request) ? text.En : text.Vi;

    public static string Detail(HttpRequest request, TooManyAttemptsException exception) =>
        Attempts.TryGetValue(exception.Reason, out var text) ? Detail(request, text) : exception.Message;
}
