using System.Text;
using System.Text.Json.Nodes;
using PapiTracker.Api.IntegrationTests.Infrastructure;

namespace PapiTracker.Api.IntegrationTests.Conventions;

/// <summary>
/// The integration guide's table of endpoint → permission → token scope is built from the served document (which reads
/// them from the use cases), so it cannot drift from the code. `make openapi` rewrites it (PAPI_UPDATE_DOCS=1).
/// </summary>
public sealed class IntegrationGuideTests : ApiTest
{
    private const string Begin = "<!-- endpoint-table: generated from the OpenAPI document by IntegrationGuideTests; make openapi rewrites it -->";
    private const string End = "<!-- endpoint-table end -->";

    [Test]
    public async Task TheGuidesTableOfScopesShouldBeTheDocuments()
    {
        var document = JsonNode.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var table = Table(document);
        var path = ReferenceFiles.RepositoryFile("docs", "integration.md");
        var guide = await File.ReadAllTextAsync(path);
        var (start, end) = (guide.IndexOf(Begin, StringComparison.Ordinal), guide.IndexOf(End, StringComparison.Ordinal));
        (start >= 0 && end > start).ShouldBeTrue($"{path} has lost the table's markers ({Begin} … {End}).");
        var updated = guide[..(start + Begin.Length)] + "\n" + table + guide[end..];

        if (Environment.GetEnvironmentVariable("PAPI_UPDATE_DOCS") == "1")
            await File.WriteAllTextAsync(path, updated);

        (await File.ReadAllTextAsync(path)).ShouldBe(updated, "docs/integration.md's table of scopes is stale: run make openapi and commit the result.");
    }

    private static string Table(JsonNode document)
    {
        var table = new StringBuilder("| Operation | Endpoint | Permission | API token scope |\n|---|---|---|---|\n");
        foreach (var (path, operations) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in operations!.AsObject())
            {
                var anonymous = operation!["security"] is JsonArray { Count: 0 };
                var permissions = Names(operation["x-permissions"]);
                var scopes = Names(operation["x-token-scopes"]);
                var permission = anonymous ? "anonymous" : permissions.Length == 0 ? "any signed-in caller" : string.Join(" or ", permissions);
                var scope = anonymous ? "—" : permissions.Length == 0 ? "any" : scopes.Length == 0 ? "not open to tokens" : string.Join(" or ", scopes.Select(s => $"`{s}`"));
                var deprecated = operation["deprecated"]?.GetValue<bool>() == true ? " (deprecated)" : "";
                table.Append($"| {operation["operationId"]}{deprecated} | `{method.ToUpperInvariant()} {path}` | {permission} | {scope} |\n");
            }
        }
        return table.ToString();
    }

    private static string[] Names(JsonNode? list) => list is JsonArray items ? [.. items.Select(i => i!.GetValue<string>())] : [];
}
