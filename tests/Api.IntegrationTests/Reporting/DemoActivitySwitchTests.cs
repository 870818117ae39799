using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Infrastructure.Data;

namespace PapiTracker.Api.IntegrationTests.Reporting;

/// <summary>
/// The start-up of `make run` (migrate, demo seed) with the demo year on by default and off with
/// Seed:DemoActivity=false; the test API itself never seeds.
/// </summary>
public sealed class DemoActivitySwitchTests : ApiTest
{
    [Test]
    public async Task ShouldPlayTheDemoYearAtStartup_ByDefault()
    {
        var (periods, submissions) = await StartAsync();

        periods.ShouldBeGreaterThan(0);
        submissions.ShouldBe(5);
    }

    [Test]
    public async Task ShouldKeepTheEmptyStart_WhenDemoActivityIsOff()
    {
        var (periods, submissions) = await StartAsync(("Seed:DemoActivity", "false"));

        periods.ShouldBeGreaterThan(0, "the calendar is there");
        submissions.ShouldBe(0);
    }

    private static async Task<(int Periods, int Submissions)> StartAsync(params (string Key, string Value)[] settings)
    {
        await using var api = new PapiApiFactory(TestRun.ConnectionString, [("Database:MigrateOnStartup", "true"), ("Seed:Demo", "true"), .. settings]);
        using var client = api.CreateClient();
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        return (await db.ReportingPeriods.CountAsync(), await db.ReportSubmissions.CountAsync());
    }
}
