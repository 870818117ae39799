using Microsoft.Extensions.Options;
using PapiTracker.Infrastructure.Idempotency;
using PapiTracker.Infrastructure.Identity;
using PapiTracker.Infrastructure.Jobs;
using PapiTracker.Infrastructure.Notifications;

namespace PapiTracker.Api.Infrastructure;

/// <summary>
/// Runs the reminder job, then the email outbox, then forgets expired idempotency keys, ended sign-in failure
/// windows and request budgets that are full again, every
/// Reminders:IntervalMinutes. Each step is safe to run twice and on several servers at once; with several
/// API processes each round still runs in only one of them (<see cref="JobRounds"/>), the others skip it.
/// </summary>
internal sealed class ReminderService(IServiceScopeFactory scopes, JobRounds rounds, IOptions<ReminderOptions> options, ILogger<ReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.IntervalMinutes <= 0)
            return;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.IntervalMinutes));
        do
        {
            try
            {
                var ran = await rounds.RunAloneAsync(JobRounds.Reminders, RoundAsync, stoppingToken);
                if (!ran)
                    logger.LogDebug("The reminder round runs in another process; skipped here");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database or mail outage must not stop the reminders for good: the next tick tries again.
                logger.LogError(e, "The reminder run failed; it runs again in {Minutes} minutes", options.Value.IntervalMinutes);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RoundAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var (notices, emails) = await scope.ServiceProvider.GetRequiredService<ReminderJob>().RunAsync(ct);
        var sent = await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(ct);
        await scope.ServiceProvider.GetRequiredService<IdempotencyStore>().ForgetExpiredAsync(ct);
        await scope.ServiceProvider.GetRequiredService<SignInFailures>().SweepAsync(ct);
        await scope.ServiceProvider.GetRequiredService<RequestBudgets>().SweepAsync(ct);
        if (notices + sent > 0)
            logger.LogInformation("Reminders: {Notices} notices written, {Emails} emails queued, {Sent} sent", notices, emails, sent);
    }
}
