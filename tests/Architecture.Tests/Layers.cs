using System.Reflection;
using Mono.Cecil;

namespace PapiTracker.Architecture.Tests;

/// <summary>The four assemblies of the layers, read once as IL (Cecil) for the rules that look inside the types.</summary>
internal static class Layers
{
    public static readonly Assembly Domain = typeof(PapiTracker.Domain.Scores.ScoreRelease).Assembly;
    public static readonly Assembly Application = typeof(PapiTracker.Application.DependencyInjection).Assembly;
    public static readonly Assembly Infrastructure = typeof(PapiTracker.Infrastructure.DependencyInjection).Assembly;
    public static readonly Assembly Api = typeof(Program).Assembly;

    private static readonly Dictionary<Assembly, ModuleDefinition> Modules = [];

    public static ModuleDefinition Module(Assembly assembly)
    {
        lock (Modules)
        {
            if (!Modules.TryGetValue(assembly, out var module))
                Modules[assembly] = module = ModuleDefinition.ReadModule(assembly.Location);
            return module;
        }
    }

    /// <summary>
    /// Every type of another assembly the given assembly's IL names (its TypeRef table: signatures, bodies,
    /// attributes), with the assembly it comes from.
    /// </summary>
    public static IReadOnlyList<(string Assembly, string Type)> TypesUsedBy(Assembly user) =>
        [.. Module(user).GetTypeReferences()
            .Select(t => (Assembly: (t.Scope as AssemblyNameReference)?.Name ?? t.Scope.Name, Type: t.FullName))
            .Distinct()
            .Order()];
}
