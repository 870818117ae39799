using Microsoft.Extensions.Options;
using PapiTracker.Infrastructure.Jobs;
using PapiTracker.Infrastructure.Webhooks;

namespace PapiTracker.Api.Infrastructure;

/// <summary>
/// Every Webhooks:Interval (0 turns it off): writes the events of periods that locked, then delivers webhooks. Each is
/// its own round, run in one API process at a time (<see cref="JobRounds"/>); everything owed is in the database, so a
/// restart or another process picks up where this one stopped.
/// </summary>
internal sealed class WebhookService(IServiceScopeFactory scopes, JobRounds rounds, IOptions<WebhookOptions> options, ILogger<WebhookService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Interval <= TimeSpan.Zero)
            return;
        using var timer = new PeriodicTimer(options.Value.Interval);
        do
        {
            try
            {
                await rounds.RunAloneAsync(JobRounds.PeriodLocks, ct => InScopeAsync<PeriodLocks>(p => p.AnnounceAsync(ct)), stoppingToken);
                await rounds.RunAloneAsync(JobRounds.Webhooks, ct => InScopeAsync<WebhookDispatcher>(d => d.RunAsync(ct)), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database outage must not stop deliveries for good: the next tick tries again.
                logger.LogError(e, "The webhook round failed; it runs again in {Interval}", options.Value.Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task InScopeAsync<TJob>(Func<TJob, Task<int>> run) where TJob : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }
}
