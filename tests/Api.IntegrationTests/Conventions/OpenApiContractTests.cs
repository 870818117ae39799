using System.Text.Json;
using System.Text.Json.Nodes;
using PapiTracker.Api.IntegrationTests.Infrastructure;

namespace PapiTracker.Api.IntegrationTests.Conventions;

/// <summary>
/// The client's types are generated from client/openapi/v1.json; this keeps that file equal to what
/// the API serves. `make openapi` rewrites it (PAPI_UPDATE_OPENAPI=1) and regenerates the types.
/// </summary>
public sealed class OpenApiContractTests : ApiTest
{
    [Test]
    public async Task ClientContractShouldMatchTheServedDocument()
    {
        var served = Normalized(await Client.GetStringAsync("/swagger/v1/swagger.json"));
        var path = ReferenceFiles.RepositoryFile("client", "openapi", "v1.json");

        if (Environment.GetEnvironmentVariable("PAPI_UPDATE_OPENAPI") == "1")
            await File.WriteAllTextAsync(path, served);

        File.Exists(path).ShouldBeTrue($"{path} is missing: run make openapi.");
        (await File.ReadAllTextAsync(path)).ShouldBe(served, "client/openapi/v1.json is stale: run make openapi and commit the result.");
    }

    private static string Normalized(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
}
