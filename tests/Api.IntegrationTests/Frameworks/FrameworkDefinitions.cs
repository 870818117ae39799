using System.Net;
using System.Net.Http.Json;
using System.Text;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Frameworks;

namespace PapiTracker.Api.IntegrationTests.Frameworks;

/// <summary>Frameworks as an operator defines them: a framework file (or any JSON body) sent to <c>POST /frameworks</c>.</summary>
internal static class FrameworkDefinitions
{
    public const string Url = "/api/v1/frameworks";

    public static Task<HttpResponseMessage> DefineAsync(this HttpClient client, string json) =>
        client.PostAsync(Url, new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>Defines the framework of a file in docs/frameworks (pci.json …) and expects 201.</summary>
    public static async Task<FrameworkDto> DefineFromFileAsync(this HttpClient client, string fileName)
    {
        using var response = await client.DefineAsync(await File.ReadAllTextAsync(ReferenceFiles.RepositoryFile("docs", "frameworks", fileName)));
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<FrameworkDto>(ApiTest.Json))!;
    }

    /// <summary>Imports a score file on the given framework and expects 200.</summary>
    public static async Task ImportAsync(this HttpClient client, string framework, string csv, string fileName = "scores.csv")
    {
        using var response = await client.UploadScoresAsync(Encoding.UTF8.GetBytes(csv), fileName, query: $"?framework={framework}");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }
}
