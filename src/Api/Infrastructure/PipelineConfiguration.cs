using PapiTracker.Api.Endpoints;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Api.Security;
using PapiTracker.Api.Security.RateLimiting;
using PapiTracker.Infrastructure.Data;
using PapiTracker.Infrastructure.Data.Seed;
using Serilog;
using Serilog.Events;

namespace PapiTracker.Api.Infrastructure;

internal static class PipelineConfiguration
{
    public static void UsePapiTrackerPipeline(this WebApplication app)
    {
        app.UseBrowserHardening();
        app.UseInstanceHeader();
        app.UseDeprecationHeaders();
        // Outside the exception handler, so a request log shows the status the caller got (a refused
        // request is logged as its 400, not as the 500 it would have been before the handler ran).
        // Health checks come every 2 s per process from make run REPLICAS=N (and from any load balancer): logged only
        // when they fail, so the log shows requests, not polling.
        app.UseSerilogRequestLogging(o => o.GetLevel = (http, _, error) =>
            error is not null || http.Response.StatusCode >= 500 ? LogEventLevel.Error
            : http.Request.Path.StartsWithSegments("/health") ? LogEventLevel.Debug
            : LogEventLevel.Information);
        app.UseCallerLanguage();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // GET answers only: secrets (tokens) are only ever in answers to POSTs, so compression gives
        // BREACH nothing to guess at.
        app.UseWhen(context => HttpMethods.IsGet(context.Request.Method), branch => branch.UseResponseCompression());
        app.UseSwaggerDocuments();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UsePapiRateLimiting();
        app.UseMiddleware<IdempotencyMiddleware>();
    }

    /// <summary>
    /// With Database:MigrateOnStartup (make run, compose): applies pending migrations, makes sure a
    /// system admin exists, and loads the Bắc Giang demo (units, users, the 2021 plan) when Seed:Demo is set,
    /// and plays its 2021 year unless Seed:DemoActivity is false; with Seed:ReferenceDirectory, the year 2025's
    /// restructuring, the official PAPI scores and the PCI scores from the shared reference data.
    /// </summary>
    public static async Task PrepareDatabaseIfConfiguredAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
            return;
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<FirstAdmin>().EnsureAsync(CancellationToken.None);
        if (app.Configuration.GetValue<bool>("Seed:Demo"))
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeed>().EnsureAsync(CancellationToken.None);
            var plan = scope.ServiceProvider.GetRequiredService<DemoPlan>();
            await plan.EnsureAsync(CancellationToken.None);
            await plan.EnsureReportingCalendarAsync(CancellationToken.None);
            // The year is played before the reform, which carries the 2021 units' history (and reports) over.
            if (app.Configuration.GetValue("Seed:DemoActivity", true))
                await scope.ServiceProvider.GetRequiredService<DemoActivity>().EnsureAsync(CancellationToken.None);
            if (app.Configuration["Seed:ReferenceDirectory"] is { Length: > 0 } reference)
            {
                await scope.ServiceProvider.GetRequiredService<DemoAfterTheReform>().EnsureAsync(reference, CancellationToken.None);
                await scope.ServiceProvider.GetRequiredService<DemoPci>().EnsureAsync(reference, CancellationToken.None);
            }
        }
    }
}
