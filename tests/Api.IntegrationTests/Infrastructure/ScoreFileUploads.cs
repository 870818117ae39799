using System.Net.Http.Headers;
using System.Net.Http.Json;
using PapiTracker.Application.ScoreReleases.Commands.ImportScoreRelease;

namespace PapiTracker.Api.IntegrationTests.Infrastructure;

internal static class ScoreFileUploads
{
    public const string Header = "year,province_vi,province_en,1.1,1.2,1.3,1.4,2.1,2.2,2.3,2.4,3.1,3.2,3.3,4.1,4.2,4.3,4.4,5.1,5.2,5.3,5.4,6.1,6.2,6.3,6.4,7.1,7.2,7.3,8.1,8.2,8.3";

    public const string ImportUrl = "/api/v1/score-releases/import";

    /// <param name="query">"?dryRun=true", "?confirm=true" or nothing.</param>
    public static Task<HttpResponseMessage> UploadScoresAsync(this HttpClient client, byte[] content, string fileName, string mediaType = "text/csv", string query = "") =>
        client.PostAsync(ImportUrl + query, FileForm(content, fileName, mediaType));

    /// <summary>The multipart form of an upload: the file in the field <c>file</c>.</summary>
    public static MultipartFormDataContent FileForm(byte[] content, string fileName, string mediaType = "text/csv")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        form.Add(file, "file", fileName);
        return form;
    }

    /// <param name="query">"?dryRun=true", "?confirm=true" or nothing.</param>
    public static Task<HttpResponseMessage> UploadScoresAsync(this HttpClient client, string csv, string fileName = "scores.csv", string query = "") =>
        client.UploadScoresAsync(System.Text.Encoding.UTF8.GetBytes(csv), fileName, query: query);

    /// <summary>The shared official file, into a database that gets the official provinces first (the import creates none).</summary>
    public static async Task<ImportScoreReleaseResult> ImportOfficialScoresAsync(this HttpClient client, string query = "")
    {
        await client.EnsureOfficialProvincesAsync();
        using var response = await client.UploadScoresAsync(await File.ReadAllBytesAsync(ReferenceFiles.OfficialScores), ReferenceFiles.OfficialScoresName, query: query);
        await response.ShouldHaveStatusAsync(System.Net.HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ImportScoreReleaseResult>(ApiTest.Json))!;
    }

    /// <summary>A CSV row with every sub-dimension the year measured at the given value (8.3 began in 2019, 5.2 ended in 2020).</summary>
    public static string Row(int year, string provinceVi, string provinceEn, decimal value) =>
        $"{year},{provinceVi},{provinceEn}," + string.Join(',', Header.Split(',').Skip(3).Select(code =>
            (year >= 2021 && code == "5.2") || (year == 2018 && code == "8.3") ? "" : Scaled(code, value)));

    /// <summary>Three-sub-dimension dimensions sit on a larger scale; keep every cell on its scale.</summary>
    private static string Scaled(string code, decimal value) =>
        (code[0] is '3' or '7' or '8' ? value * 1.3m : value).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
