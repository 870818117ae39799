using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Events.Queries.GetEvents;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Events;
using PapiTracker.Domain.Organization;
using PapiTracker.Infrastructure.Jobs;
using PapiTracker.Infrastructure.Webhooks;

namespace PapiTracker.Api.IntegrationTests.Events;

/// <summary>A period locks by its date: the scheduled round writes its one <c>PeriodLocked</c> event once the lock day has ended in Việt Nam.</summary>
public sealed class PeriodLockedEventTests : ApiTest
{
    [Test]
    public async Task ShouldWriteOnePeriodLockedEvent_OnceTheLockDayHasEnded()
    {
        var province = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang");
        var (planId, _) = await TestActors.PlanAsync(province, null);
        var today = new DateOnly(2026, 6, 20);
        var (locking, _) = await TestActors.PeriodAsync(planId, Domain.Reporting.ReportingPeriodKind.HalfYear, today.AddDays(-3), today.AddDays(-1));
        await TestActors.PeriodAsync(planId, Domain.Reporting.ReportingPeriodKind.Quarterly, today.AddDays(-3), today);
        var coordinator = await TestActors.ClientWithRoleAsync(Role.Coordinator, province.Id);
        // 06:59 on the 20th in Việt Nam (23:59 on the 19th in UTC): the 19th has ended there, the 20th has not.
        TestRun.Factory.Clock.Now = new DateTimeOffset(2026, 6, 19, 23, 59, 0, TimeSpan.Zero);

        (await AnnounceAsync()).ShouldBe(1);
        (await AnnounceAsync()).ShouldBe(0, "once per period");

        var events = (await GetAsync<EventPageDto>("/api/v1/events")).Items;
        var locked = events.ShouldHaveSingleItem();
        locked.Type.ShouldBe(IntegrationEventType.PeriodLocked);
        locked.Href.ShouldBe($"/api/v1/reporting-periods/{locking}/completeness");
        locked.UnitPath.ShouldBe(province.Path, "the plan's province: its units all report in the period");
        locked.Data.GetProperty("lockOn").GetString().ShouldBe("2026-06-19");
        (await coordinator.GetFromJsonAsync<EventPageDto>("/api/v1/events", Json))!.Items.ShouldHaveSingleItem();

        TestRun.Factory.Clock.Now = new DateTimeOffset(2026, 6, 20, 17, 0, 0, TimeSpan.Zero);
        (await AnnounceAsync()).ShouldBe(1, "the other period's lock day (the 20th) has ended now");
    }

    private static async Task<int> AnnounceAsync()
    {
        var announced = 0;
        (await TestRun.Factory.Services.GetRequiredService<JobRounds>().RunAloneAsync(JobRounds.PeriodLocks, async ct =>
        {
            await using var scope = TestRun.Factory.Services.CreateAsyncScope();
            announced = await scope.ServiceProvider.GetRequiredService<PeriodLocks>().AnnounceAsync(ct);
        }, CancellationToken.None)).ShouldBeTrue();
        return announced;
    }
}
