using Microsoft.EntityFrameworkCore;
using PapiTracker.Infrastructure.Data;

namespace PapiTracker.Generator;

/// <summary>The app's own migrations, applied the way the API applies them at start.</summary>
internal static class Database
{
    public static async Task MigrateAsync(string connectionString)
    {
        var options = new DbContextOptionsBuilder<ApplicationDbContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .Options;
        await using var db = new ApplicationDbContext(options);
        await db.Database.MigrateAsync();
    }
}
