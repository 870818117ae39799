using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.ScoreReleases.Commands.ImportScoreRelease;
using PapiTracker.Infrastructure.Data;
using PapiTracker.Infrastructure.ScoreFiles;

namespace PapiTracker.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "Default";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException(
                $"No database configured: set ConnectionStrings__{ConnectionStringName} (make run starts a local PostgreSQL and sets it).");
        services.AddDbContext<ApplicationDbContext>(options => options
            .UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsHistoryTable("__ef_migrations_history")
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .UseSnakeCaseNamingConvention());
        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<ApplicationDbContext>());
        services.AddSingleton<IScoreTableReader, ScoreTableReader>();
        return services;
    }
}
