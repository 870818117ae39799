using System.Reflection;

namespace PapiTracker.Api.IntegrationTests.Architecture;

/// <summary>Arrows point inward: Api → Infrastructure → Application → Domain. A reference the other way fails the build's tests.</summary>
public sealed class LayerDependencyTests
{
    private static readonly Assembly Domain = typeof(PapiTracker.Domain.Scores.ScoreRelease).Assembly;
    private static readonly Assembly Application = typeof(PapiTracker.Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(PapiTracker.Infrastructure.DependencyInjection).Assembly;

    [Test]
    public void DomainShouldDependOnNothingButTheFramework()
    {
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.ShouldAllBe(name => name.StartsWith("System") || name == "netstandard" || name == "mscorlib");
    }

    [Test]
    public void ApplicationShouldNotDependOnInfrastructureApiOrTheDatabaseProvider()
    {
        var references = Application.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.ShouldNotContain(Infrastructure.GetName().Name!);
        references.ShouldNotContain("PapiTracker.Api");
        references.ShouldNotContain(name => name.StartsWith("Npgsql"));
        references.ShouldNotContain(name => name.StartsWith("Microsoft.AspNetCore"));
        references.ShouldNotContain("Microsoft.EntityFrameworkCore.Relational");
    }

    [Test]
    public void InfrastructureShouldNotDependOnTheApi()
    {
        Infrastructure.GetReferencedAssemblies().Select(a => a.Name).ShouldNotContain("PapiTracker.Api");
    }
}
