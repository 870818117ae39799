using PapiTracker.Api.IntegrationTests.Infrastructure;

namespace PapiTracker.Api.IntegrationTests.Webhooks;

/// <summary>The guide's C# verification snippet is the code the webhook tests verify every delivery with, word for word.</summary>
public sealed class WebhookGuideTests
{
    [Test]
    public async Task TheGuideShouldShowTheVerificationTheTestsRun()
    {
        var source = await File.ReadAllLinesAsync(ReferenceFiles.RepositoryFile("tests/Api.IntegrationTests/Webhooks/StandardWebhook.cs"));
        var snippet = source.SkipWhile(l => l != "// begin snippet").Skip(1).TakeWhile(l => l != "// end snippet")
            .Where(l => !l.StartsWith("namespace ", StringComparison.Ordinal));
        var guide = (await File.ReadAllTextAsync(ReferenceFiles.RepositoryFile("docs/integration.md"))).ReplaceLineEndings("\n");

        guide.ShouldContain("```csharp\n" + string.Join("\n", snippet).Replace("\n\n\n", "\n\n") + "\n```");
    }
}
