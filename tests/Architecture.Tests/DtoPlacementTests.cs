using System.Text.RegularExpressions;
using Mono.Cecil;

namespace PapiTracker.Architecture.Tests;

/// <summary>
/// One rule for where a DTO (a type named *Dto) sits, so a newcomer finds it without searching: with the one use case
/// that returns it (<c>&lt;Area&gt;.{Commands,Queries}.&lt;UseCase&gt;</c>), at its area's root once several use cases share it,
/// or, for what a port returns, with the port in <c>Common.Interfaces</c>. No Models, Dtos or Common folder inside an area.
/// </summary>
public sealed partial class DtoPlacementTests
{
    [Test]
    public void EveryDtoShouldSitWithItsUseCaseOrAtItsAreasRoot()
    {
        var dtos = Dtos().ToList();

        var misplaced = dtos
            .Where(t => !UseCaseNamespace().IsMatch(t.Namespace) && !AreaRoot().IsMatch(t.Namespace) && t.Namespace != Ports)
            .Select(t => t.FullName)
            .Order()
            .ToList();

        dtos.Count.ShouldBeGreaterThan(30, "the rule should see the application's DTOs");
        misplaced.ShouldBeEmpty("a DTO sits with its use case, or at PapiTracker.Application.<Area> when several use cases share it");
    }

    [Test]
    public void ADtoInAUseCaseShouldServeOnlyThatUseCase()
    {
        var ofUseCase = Dtos().Where(t => UseCaseNamespace().IsMatch(t.Namespace)).ToDictionary(t => t.FullName, t => t.Namespace);

        var shared = TypeDependencies.TopLevelTypes(Layers.Module(Layers.Application))
            .SelectMany(user => TypeDependencies.Of(user)
                .Where(used => ofUseCase.TryGetValue(used, out var home) && home != user.Namespace)
                .Select(used => $"{used} is used by {user.FullName}"))
            .Distinct()
            .Order()
            .ToList();

        ofUseCase.Count.ShouldBeGreaterThan(10);
        shared.ShouldBeEmpty("a DTO other use cases use belongs at its area's root, not in one use case's folder");
    }

    private const string Ports = "PapiTracker.Application.Common.Interfaces";

    private static IEnumerable<TypeDefinition> Dtos() =>
        TypeDependencies.TopLevelTypes(Layers.Module(Layers.Application))
            .Where(t => t.IsPublic && t.Name.EndsWith("Dto", StringComparison.Ordinal));

    [GeneratedRegex(@"^PapiTracker\.Application\.\w+\.(Commands|Queries)\.\w+$")]
    private static partial Regex UseCaseNamespace();

    [GeneratedRegex(@"^PapiTracker\.Application\.\w+$")]
    private static partial Regex AreaRoot();
}
