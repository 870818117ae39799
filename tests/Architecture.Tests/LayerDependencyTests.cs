using System.Reflection;

namespace PapiTracker.Architecture.Tests;

/// <summary>Arrows point inward: Api → Infrastructure → Application → Domain. A reference the other way fails the build's tests.</summary>
public sealed class LayerDependencyTests
{
    private static readonly Assembly Domain = Layers.Domain;
    private static readonly Assembly Application = Layers.Application;
    private static readonly Assembly Infrastructure = Layers.Infrastructure;

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

    [Test]
    public void DomainTypesShouldUseOnlyTheFramework()
    {
        Layers.TypesUsedBy(Domain)
            .Where(t => !(t.Assembly.StartsWith("System") || t.Assembly is "netstandard" or "mscorlib"))
            .Select(t => $"{t.Assembly}: {t.Type}")
            .ShouldBeEmpty();
    }

    [Test]
    public void ApplicationTypesShouldNotUseInfrastructureApiOrTheDatabaseProvider()
    {
        Layers.TypesUsedBy(Application)
            .Where(t => t.Assembly == Infrastructure.GetName().Name || t.Assembly == Layers.Api.GetName().Name
                || t.Assembly.StartsWith("Npgsql") || t.Assembly.StartsWith("Microsoft.AspNetCore")
                || t.Assembly == "Microsoft.EntityFrameworkCore.Relational")
            .Select(t => $"{t.Assembly}: {t.Type}")
            .ShouldBeEmpty();
    }

    [Test]
    public void InfrastructureTypesShouldNotUseTheApi()
    {
        Layers.TypesUsedBy(Infrastructure).Where(t => t.Assembly == Layers.Api.GetName().Name).ShouldBeEmpty();
    }

    [Test]
    public void TheTypeReaderShouldSeeAnOuterLayerUsingAnInnerOne()
    {
        // Guards the rules above against a reader that finds nothing: the Api sends the Application's messages.
        Layers.TypesUsedBy(Layers.Api).ShouldContain(t => t.Assembly == Application.GetName().Name);
    }
}
