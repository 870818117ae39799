using Microsoft.EntityFrameworkCore;
using PapiTracker.Infrastructure.Data;
using Serilog;

namespace PapiTracker.Api.Infrastructure;

internal static class PipelineConfiguration
{
    public static void UsePapiTrackerPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSerilogRequestLogging();
        app.UseSwaggerDocuments();
        app.UseDefaultFiles();
        app.UseStaticFiles();
    }

    /// <summary>Applies pending migrations when Database:MigrateOnStartup is set (make run sets it; a server install may migrate separately).</summary>
    public static async Task MigrateDatabaseIfConfiguredAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
            return;
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Database.MigrateAsync();
    }
}
