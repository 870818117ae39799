using Microsoft.Extensions.DependencyInjection;
using PapiTracker.Infrastructure.Jobs;

namespace PapiTracker.Api.IntegrationTests.Notifications;

/// <summary>Each round of a background job runs in one API process: a second one finds the lock held and skips.</summary>
public sealed class JobRoundsTests
{
    [Test]
    public async Task ShouldSkipARound_WhileAnotherProcessRunsIt_AndRunTheNextOnceItCommitted()
    {
        // Each call takes its lock on a connection of its own, as another process would.
        var rounds = TestRun.Factory.Services.GetRequiredService<JobRounds>();
        var running = new TaskCompletionSource();
        var finish = new TaskCompletionSource();
        var first = rounds.RunAloneAsync(JobRounds.Reminders, async _ =>
        {
            running.SetResult();
            await finish.Task;
        }, CancellationToken.None);
        await running.Task;

        var secondRan = false;
        var second = await rounds.RunAloneAsync(JobRounds.Reminders, _ =>
        {
            secondRan = true;
            return Task.CompletedTask;
        }, CancellationToken.None);
        finish.SetResult();

        second.ShouldBeFalse();
        secondRan.ShouldBeFalse();
        (await first).ShouldBeTrue();
        (await rounds.RunAloneAsync(JobRounds.Reminders, _ => Task.CompletedTask, CancellationToken.None)).ShouldBeTrue();
    }
}
