using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Domain.Common;

namespace PapiTracker.Api.Security.RateLimiting;

/// <summary>
/// ASP.NET Core's rate limiter with two budgets: every caller's API requests (the global limiter) and
/// a flood guard on sign-in per address (the <see cref="SignInRateLimit"/> policy). Failed sign-ins per
/// address and renewals per session are counted by the use cases through <see cref="ISignInLimits"/>,
/// since only they know whether a password was wrong or which session a refresh token continues.
/// </summary>
internal static class RateLimitingSetup
{
    public const string SignInRateLimit = "sign-in";

    public static void AddPapiRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>()
            .Bind(configuration.GetSection(RateLimitOptions.Section))
            .Validate(o => o.IsValid(), "RateLimits: budgets cannot be negative, and FailedSignInWindow must be positive.")
            .ValidateOnStart();
        services.AddSingleton<IRateLimitCounters, SharedRateLimitCounters>();
        services.AddSingleton<ISignInLimits, SignInLimits>();
        services.AddSingleton<CallerRequestBudget>();

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInRateLimit, context =>
            {
                var services = context.RequestServices;
                return services.GetRequiredService<IRateLimitCounters>().Bucket(
                    $"sign-in:{CallerAddress.Of(context)}", services.GetRequiredService<IOptions<RateLimitOptions>>().Value.SignInsPerMinutePerAddress, TimeSpan.FromMinutes(1));
            });
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                var budget = http.RequestServices.GetRequiredService<CallerRequestBudget>();
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                http.Response.Headers.RetryAfter = CallerRequestBudget.Seconds(retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var spent = budget.IsSpent(http);
                if (spent)
                    budget.WriteHeaders(http, retryAfter);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Detail = RateLimitProblems.Detail(http.Request, spent ? Messages.RequestBudgetSpent : Messages.SignInRateLimited),
                    },
                });
            };
        });
        services.AddOptions<RateLimiterOptions>().Configure<CallerRequestBudget>((o, budget) => o.GlobalLimiter = budget.Limiter);
    }

    /// <summary>After authentication, so the limiter knows the caller; every counted answer tells the caller its budget.</summary>
    public static void UsePapiRateLimiting(this WebApplication app)
    {
        app.UseRateLimiter();
        var budget = app.Services.GetRequiredService<CallerRequestBudget>();
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                budget.WriteHeaders(context);
                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
