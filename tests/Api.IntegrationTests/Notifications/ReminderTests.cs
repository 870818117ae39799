using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Notifications.Queries.GetNotifications;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Notifications;
using PapiTracker.Domain.Organization;
using PapiTracker.Infrastructure.Data;
using PapiTracker.Infrastructure.Notifications;

namespace PapiTracker.Api.IntegrationTests.Notifications;

/// <summary>The reminder job's notices (once each, however often and wherever it runs), the unread list, and email through the outbox.</summary>
public sealed class ReminderTests : ApiTest
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private OrgUnit _district = null!;
    private OrgUnit _commune = null!;
    private OrgUnit _late = null!;
    private Guid _officer;
    private Guid _lateOfficer;
    private int[] _obligations = [];
    private int[] _periods = [];

    [SetUp]
    public async Task ArrangeAsync()
    {
        var province = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang");
        _district = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Việt Yên", province);
        _commune = await TestActors.UnitAsync(OrgUnitKind.Commune, "Thị trấn Nếnh", _district);
        _late = await TestActors.UnitAsync(OrgUnitKind.Commune, "Xã Vân Trung", _district);
        _officer = await TestActors.UserAsync("nenh.officer", null, (Role.UnitOfficer, _commune.Id));
        _lateOfficer = await TestActors.UserAsync("vantrung.officer", null, (Role.UnitOfficer, _late.Id));
        var (planId, _) = await TestActors.PlanAsync(province, _commune);
        var (dueSoonPeriod, dueSoon) = await TestActors.PeriodAsync(planId, Today.AddDays(1), null, (_commune, _district));
        var (overduePeriod, overdue) = await TestActors.PeriodAsync(planId, Domain.Reporting.ReportingPeriodKind.HalfYear, Today.AddDays(-3), null, (_late, _district));
        _obligations = [dueSoon[0], overdue[0]];
        _periods = [dueSoonPeriod, overduePeriod];
    }

    [Test]
    public async Task ShouldNoticeEachThingOnceHoweverOftenAndWhereverTheJobRuns()
    {
        var first = await RunJobAsync();
        var parallel = await Task.WhenAll(RunJobAsync(), RunJobAsync(), RunJobAsync());
        var officer = await TestActors.ClientForAsync(_officer);
        var notices = (await officer.GetFromJsonAsync<NotificationsDto>("/api/v1/notifications", Json))!;
        var late = (await (await TestActors.ClientForAsync(_lateOfficer)).GetFromJsonAsync<NotificationsDto>("/api/v1/notifications", Json))!;

        first.Notices.ShouldBe(4, "opened, due in 7 and in 2 days for Nếnh; overdue for Vân Trung");
        parallel.Sum(r => r.Notices).ShouldBe(0);
        notices.Notices.Items.Select(n => n.Kind).Order().ShouldBe([NotificationKind.ObligationOpened, NotificationKind.DueIn7Days, NotificationKind.DueIn2Days]);
        notices.Unread.ShouldBe(3);
        late.Notices.Items.ShouldHaveSingleItem().Kind.ShouldBe(NotificationKind.Overdue);
        late.Notices.Items[0].UnitNameVi.ShouldBe("Xã Vân Trung");
        notices.Notices.Items.ShouldAllBe(n => n.ObligationId == _obligations[0] && n.PeriodId == _periods[0], "each notice names its report's period, for the link");
        late.Notices.Items[0].PeriodId.ShouldBe(_periods[1]);
    }

    [Test]
    public async Task ShouldLeaveNothingHalfDoneWhenARunDiesAndNotRepeatOnTheNext()
    {
        await using (var scope = TestRun.Factory.Services.CreateAsyncScope())
        {
            // The server dies after the job's statement ran but before anything was committed.
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var died = await new ReminderJob(db, Options.Create(new ReminderOptions()), TimeProvider.System).RunAsync(CancellationToken.None);
            died.Notices.ShouldBe(4);
            await db.Database.GetDbConnection().CloseAsync();
        }

        var afterCrash = await RunJobAsync();
        var again = await RunJobAsync();

        afterCrash.Notices.ShouldBe(4, "the dead run left nothing behind");
        again.Notices.ShouldBe(0);
        await using var check = TestRun.Factory.Services.CreateAsyncScope();
        (await check.ServiceProvider.GetRequiredService<ApplicationDbContext>().Notifications.CountAsync()).ShouldBe(4);
    }

    [Test]
    public async Task ShouldTellTheUnitItsReportWasReturnedAndLetEachReaderMarkOnlyTheirOwn()
    {
        await RunJobAsync();
        var submission = await TestActors.SubmittedReportAsync(_obligations[0], _commune);
        var reviewer = await TestActors.ClientWithRoleAsync(Role.Coordinator, _district.Id);
        using var returned = await reviewer.PostAsJsonAsync($"/api/v1/report-submissions/{submission}/return", new { reason = "Thiếu số liệu" });
        await returned.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var run = await RunJobAsync();
        var officer = await TestActors.ClientForAsync(_officer);
        var unread = (await officer.GetFromJsonAsync<NotificationsDto>("/api/v1/notifications?unreadOnly=true", Json))!;
        var lateNotice = (await (await TestActors.ClientForAsync(_lateOfficer)).GetFromJsonAsync<NotificationsDto>("/api/v1/notifications", Json))!.Notices.Items.Single();

        using var markOne = await officer.PostAsJsonAsync("/api/v1/notifications/read", new { ids = new[] { unread.Notices.Items[0].Id, lateNotice.Id } });
        var afterOne = (await officer.GetFromJsonAsync<NotificationsDto>("/api/v1/notifications", Json))!;
        using var markAll = await officer.PostAsJsonAsync("/api/v1/notifications/read", new { });
        var afterAll = (await officer.GetFromJsonAsync<NotificationsDto>("/api/v1/notifications?unreadOnly=true", Json))!;
        var lateAfter = (await (await TestActors.ClientForAsync(_lateOfficer)).GetFromJsonAsync<NotificationsDto>("/api/v1/notifications", Json))!;
        using var byToken = await TestActors.ClientWithApiKey("papi_nonsense").GetAsync("/api/v1/notifications");

        run.Notices.ShouldBe(1);
        unread.Notices.Items[0].Kind.ShouldBe(NotificationKind.ReportReturned, "newest first");
        (await markOne.Content.ReadFromJsonAsync<Dictionary<string, int>>(Json))!["changed"].ShouldBe(1, "someone else's notice is not touched");
        afterOne.Unread.ShouldBe(3);
        afterAll.Unread.ShouldBe(0);
        lateAfter.Unread.ShouldBe(1);
        await byToken.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ShouldKeepEmailsThroughAMailOutageAndSendThemWhenTheServerAnswers()
    {
        await using (var scope = TestRun.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            await db.Users.Where(u => u.Id == _officer).ExecuteUpdateAsync(s => s.SetProperty(u => u.Email, "nenh@bacgiang.gov.vn"));
        }
        var closedPort = LocalPostgresServer.FreePort();
        var queued = await RunJobAsync(new SmtpOptions { Host = "127.0.0.1", Port = closedPort });

        var duringOutage = await DispatchAsync(new SmtpOptions { Host = "127.0.0.1", Port = closedPort });
        var waiting = await OutboxAsync();
        await using var mail = new FakeSmtpServer();
        var tooEarly = await DispatchAsync(new SmtpOptions { Host = "127.0.0.1", Port = mail.Port });
        await using (var scope = TestRun.Factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Set<OutboxMessage>()
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, DateTimeOffset.UtcNow.AddSeconds(-1)));
        var afterOutage = await DispatchAsync(new SmtpOptions { Host = "127.0.0.1", Port = mail.Port });
        var again = await DispatchAsync(new SmtpOptions { Host = "127.0.0.1", Port = mail.Port });

        queued.Emails.ShouldBe(3, "one per notice of the one user with an address");
        duringOutage.ShouldBe(0);
        waiting.ShouldAllBe(m => m.SentAt == null && m.Attempts == 1 && m.LastError != null && m.NextAttemptAt > DateTimeOffset.UtcNow);
        tooEarly.ShouldBe(0, "a failed message waits for its retry time");
        afterOutage.ShouldBe(3);
        again.ShouldBe(0, "sent messages are not sent twice");
        mail.Recipients.ShouldBe(["nenh@bacgiang.gov.vn", "nenh@bacgiang.gov.vn", "nenh@bacgiang.gov.vn"]);
        (await OutboxAsync()).ShouldAllBe(m => m.SentAt != null);
    }

    private static async Task<(int Notices, int Emails)> RunJobAsync(SmtpOptions? smtp = null)
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var job = new ReminderJob(scope.ServiceProvider.GetRequiredService<ApplicationDbContext>(),
            Options.Create(new ReminderOptions { Smtp = smtp ?? new SmtpOptions() }), TimeProvider.System);
        return await job.RunAsync(CancellationToken.None);
    }

    private static async Task<int> DispatchAsync(SmtpOptions smtp)
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var dispatcher = new OutboxDispatcher(scope.ServiceProvider.GetRequiredService<ApplicationDbContext>(),
            Options.Create(new ReminderOptions { Smtp = smtp }), TimeProvider.System, NullLogger<OutboxDispatcher>.Instance);
        return await dispatcher.DispatchAsync(CancellationToken.None);
    }

    private static async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Set<OutboxMessage>().AsNoTracking().ToListAsync();
    }
}
