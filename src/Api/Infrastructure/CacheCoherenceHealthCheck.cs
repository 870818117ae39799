using Microsoft.Extensions.Diagnostics.HealthChecks;
using PapiTracker.Application.Common.Caching;

namespace PapiTracker.Api.Infrastructure;

/// <summary>Degraded while the change channel is down: answers stay correct, every cached read goes to the database.</summary>
internal sealed class CacheCoherenceHealthCheck(CacheCoherence coherence) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(coherence.CanKeep
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded("The change channel is down: caches are cold until it is back."));
}
