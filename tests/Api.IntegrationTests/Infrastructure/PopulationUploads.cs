using System.Net;
using System.Net.Http.Json;
using System.Text;
using PapiTracker.Application.Populations.Commands.ImportPopulations;

namespace PapiTracker.Api.IntegrationTests.Infrastructure;

/// <summary>Population figures built in the test (no population file is shared): <c>province,year,population,source</c>.</summary>
internal static class PopulationUploads
{
    public const string Header = "province,year,population,source";
    public const string Url = "/api/v1/populations";

    /// <param name="query">"?dryRun=true" or nothing.</param>
    public static Task<HttpResponseMessage> UploadPopulationsAsync(this HttpClient client, string csv, string query = "") =>
        client.PostAsync(Url + query, ScoreFileUploads.FileForm(Encoding.UTF8.GetBytes(csv), "populations.csv"));

    public static async Task<ImportPopulationsResult> ImportPopulationsAsync(this HttpClient client, params string[] rows)
    {
        using var response = await client.UploadPopulationsAsync(string.Join('\n', [Header, .. rows]));
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ImportPopulationsResult>(ApiTest.Json))!;
    }
}
