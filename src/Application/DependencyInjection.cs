using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using PapiTracker.Application.Common.Caching;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Common.Time;
using PapiTracker.Application.Frameworks;
using PapiTracker.Application.Scores;
using PapiTracker.Application.Common.Validation;
using PapiTracker.Application.ScoreReleases;

namespace PapiTracker.Application;

public static class DependencyInjection
{
    /// <summary>Validators and the services use cases share; the mediator itself is wired by the host.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // Once per process: building a validator compiles its rules' expressions (a delegate each, some
        // per construction), and validators keep no state of a request.
        CatalogueMessages.UseForBuiltInRules();
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddScoped<StandingsReader>();
        services.AddScoped<ScoreReleases.ReleaseRevisionWriter>();
        services.AddSingleton<StandingsCache>();
        services.AddScoped<AccessControl>();
        services.AddSingleton<CacheCoherence>();
        services.AddChangeAwareCache<RoleGrants>();
        services.AddChangeAwareCache<QueryResults>();
        services.AddChangeAwareCache<FrameworkStructures>();
        services.AddScoped<ActingUser>();
        services.AddSingleton<TimeProvider>(new ReplayableClock(TimeProvider.System));
        return services;
    }

    private static void AddChangeAwareCache<TCache>(this IServiceCollection services) where TCache : class, IChangeAwareCache
    {
        services.AddSingleton<TCache>();
        services.AddSingleton<IChangeAwareCache>(sp => sp.GetRequiredService<TCache>());
    }
}
