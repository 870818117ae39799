using Microsoft.EntityFrameworkCore;
using PapiTracker.Domain.Common;
using PapiTracker.Infrastructure.Data;

namespace PapiTracker.Infrastructure.Webhooks;

/// <summary>
/// A period locks by its date, with no write to attach an event to: this round writes each period's
/// <see cref="Domain.Events.IntegrationEventType.PeriodLocked"/> once its lock day has ended in Việt Nam. Run in one
/// process at a time (<see cref="Jobs.JobRounds.PeriodLocks"/>); a period is announced once, so running it twice is harmless.
/// </summary>
public sealed class PeriodLocks(ApplicationDbContext db, TimeProvider clock)
{
    /// <summary>Returns how many periods were announced.</summary>
    public async Task<int> AnnounceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = VietnamTime.Today(now);
        var locked = await (
            from period in db.ReportingPeriods
            where period.LockAnnouncedAt == null && period.LockOn < today
            join plan in db.Plans on period.PlanId equals plan.Id
            join province in db.OrgUnits on plan.ProvinceId equals province.Id
            select new { Period = period, province.Path })
            .ToListAsync(ct);
        var announced = locked.Count(x => x.Period.AnnounceLock(now, x.Path));
        await db.SaveChangesAsync(ct);
        return announced;
    }
}
