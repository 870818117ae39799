using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Reporting.Queries.GetConsolidatedReport;
using PapiTracker.Application.ScoreReleases.Commands.ImportScoreRelease;
using PapiTracker.Infrastructure.Documents;
using PapiTracker.Infrastructure.Idempotency;
using PapiTracker.Infrastructure.Notifications;
using PapiTracker.Infrastructure.Data;
using PapiTracker.Infrastructure.Data.Changes;
using PapiTracker.Infrastructure.Data.Interceptors;
using PapiTracker.Infrastructure.Data.Seed;
using PapiTracker.Infrastructure.Identity;
using PapiTracker.Infrastructure.Jobs;
using PapiTracker.Infrastructure.Files;
using PapiTracker.Infrastructure.Webhooks;

namespace PapiTracker.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "Default";

    /// <summary>
    /// The configured connection string, with a short connect timeout unless it sets its own: when PostgreSQL
    /// is down or unreachable a request fails in seconds (503) instead of waiting out the driver's
    /// 15 s default to connect.
    /// </summary>
    public static string DatabaseConnectionString(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException(
                $"No database configured: set ConnectionStrings__{ConnectionStringName} (make run starts a local PostgreSQL and sets it).");
        var given = new DbConnectionStringBuilder { ConnectionString = configured };
        var builder = new NpgsqlConnectionStringBuilder(configured);
        if (!given.ContainsKey("Timeout"))
            builder.Timeout = 5;
        return builder.ConnectionString;
    }

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = DatabaseConnectionString(configuration);
        services.AddScoped<AuditingInterceptor>();
        services.AddSingleton<ChangeChannel>();
        // Connections of their own, outside a DbContext (the sign-in budget, a job round's lock), from one pool.
        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.AddScoped<CacheInvalidationInterceptor>();
        services.AddScoped<IntegrationEventsInterceptor>();
        services.AddScoped<UpdatedAtInterceptor>();
        services.AddScoped<IRefusalLog, RefusalLog>();
        services.AddScoped<IEventHorizon, EventHorizon>();
        services.AddDbContext<ApplicationDbContext>((sp, options) => options
            .AddInterceptors(
                sp.GetRequiredService<AuditingInterceptor>(), sp.GetRequiredService<IntegrationEventsInterceptor>(), sp.GetRequiredService<UpdatedAtInterceptor>(),
                sp.GetRequiredService<CacheInvalidationInterceptor>())
            .UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsHistoryTable("__ef_migrations_history")
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .UseSnakeCaseNamingConvention());
        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<ApplicationDbContext>());
        services.AddSingleton<ITableReader, TableReader>();
        services.AddSingleton<IFileStore, ContentAddressedFileStore>();

        services.AddIdentityCore<ApplicationUser>(o =>
            {
                o.User.RequireUniqueEmail = false;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<ApplicationDbContext>();
        services.AddScoped<IIdentityService, IdentityService>();
        services.AddScoped<FirstAdmin>();
        services.AddScoped<DemoSeed>();
        services.AddScoped<DemoPlan>();
        services.AddScoped<DemoUsers>();
        services.AddScoped<DemoAfterTheReform>();
        services.AddScoped<DemoPci>();
        services.AddScoped<DemoActivity>();
        services.AddScoped<IdempotencyStore>();
        services.AddSingleton<IConsolidatedReportWriter, ConsolidatedReportWriter>();
        services.Configure<PdfRendererOptions>(configuration.GetSection(PdfRendererOptions.Section));
        services.AddSingleton<IPdfRenderer, LibreOfficePdfRenderer>();
        services.Configure<SignatureOptions>(configuration.GetSection(SignatureOptions.Section));
        services.AddSingleton<ISignatureVerifier, PdfSignatureVerifier>();
        services.AddSingleton<IDocumentSigner, HttpDocumentSigner>();
        services.AddSingleton(sp => new SignaturePolicy(sp.GetRequiredService<IOptions<SignatureOptions>>().Value.UnitPlanMustBeValid));
        services.AddScoped<IReleaseEntryWriter, ReleaseEntryWriter>();
        services.Configure<ReminderOptions>(configuration.GetSection(ReminderOptions.Section));
        services.AddScoped<ReminderJob>();
        services.AddScoped<OutboxDispatcher>();
        services.AddSingleton<JobRounds>();
        services.Configure<WebhookOptions>(configuration.GetSection(WebhookOptions.Section));
        services.AddSingleton<WebhookTargets>();
        services.AddSingleton<IWebhookTargets>(sp => sp.GetRequiredService<WebhookTargets>());
        services.AddSingleton<WebhookSender>();
        services.AddScoped<WebhookDispatcher>();
        services.AddScoped<PeriodLocks>();
        services.AddSingleton<SignInFailures>();
        services.AddSingleton<RequestBudgets>();
        return services;
    }
}
