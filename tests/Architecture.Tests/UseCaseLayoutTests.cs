using System.Text.RegularExpressions;

namespace PapiTracker.Architecture.Tests;

/// <summary>
/// One layout for every use case: Application/&lt;Area&gt;/{Commands,Queries}/&lt;UseCase&gt;/&lt;UseCase&gt;.cs,
/// the namespace following the folder, so a newcomer finds "approve a report" under Reporting/Commands.
/// </summary>
public sealed partial class UseCaseLayoutTests
{
    [Test]
    public void EveryMessageShouldSitInItsUseCaseNamespace()
    {
        var messages = Layers.Application.GetTypes().Where(t => !t.IsAbstract && MessageKind(t) is not null).ToList();

        var misplaced = messages
            .Where(t => !InItsUseCase(t))
            .Select(t => $"{t.FullName} ({MessageKind(t)})")
            .Order()
            .ToList();

        messages.Count.ShouldBeGreaterThan(50, "the rule should see the application's commands and queries");
        misplaced.ShouldBeEmpty(
            "a command or query belongs in PapiTracker.Application.<Area>.{Commands,Queries}.<UseCase>, named after its use case");
    }

    [Test]
    public void EveryApplicationFileShouldDeclareTheNamespaceOfItsFolder()
    {
        var source = Path.Combine(RepositoryRoot(), "src", "Application");
        var files = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .ToList();

        var wrong = files
            .Select(f => (File: Path.GetRelativePath(source, f), Declared: FileNamespace().Match(File.ReadAllText(f)).Groups[1].Value))
            .Select(f => (f.File, f.Declared, Expected: string.Join('.', Path.GetDirectoryName(f.File)!.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Prepend("PapiTracker.Application"))))
            .Where(f => f.Declared != f.Expected)
            .Select(f => $"{f.File}: {f.Declared}, expected {f.Expected}")
            .ToList();

        files.Count.ShouldBeGreaterThan(50);
        wrong.ShouldBeEmpty();
    }

    private static bool InItsUseCase(Type message)
    {
        var match = UseCaseNamespace().Match(message.Namespace ?? "");
        return match.Success
            && MessageKind(message) is var kind && (kind == "Requests" || kind == match.Groups["kind"].Value)
            && message.Name.StartsWith(match.Groups["case"].Value, StringComparison.Ordinal);
    }

    /// <summary>"Commands" or "Queries" for a Mediator message (IRequest counts as either), else null.</summary>
    private static string? MessageKind(Type type)
    {
        var names = type.GetInterfaces().Where(i => i.Namespace == "Mediator").Select(i => i.Name).ToHashSet();
        if (names.Contains("IBaseCommand") || names.Contains("IStreamCommand`1"))
            return "Commands";
        if (names.Contains("IBaseQuery") || names.Contains("IStreamQuery`1"))
            return "Queries";
        return names.Contains("IBaseRequest") || names.Contains("IStreamRequest`1") ? "Requests" : null;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PapiTracker.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("PapiTracker.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }

    [GeneratedRegex(@"^PapiTracker\.Application\.(?<area>\w+)\.(?<kind>Commands|Queries)\.(?<case>\w+)$")]
    private static partial Regex UseCaseNamespace();

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();
}
