using System.Net;
using System.Net.Http.Json;
using System.Text;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Restructurings;

namespace PapiTracker.Api.IntegrationTests.Restructurings;

/// <summary>Posting restructurings as the dashboard would: a mapping file, or a level with its last day, as multipart form fields.</summary>
internal static class RestructuringHttp
{
    public static MultipartFormDataContent File(string path) => Text(System.IO.File.ReadAllText(path), Path.GetFileName(path));

    public static MultipartFormDataContent Text(string csv, string name = "restructuring.csv", params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", name } };
        foreach (var (field, value) in fields)
            form.Add(new StringContent(value), field);
        return form;
    }

    public static MultipartFormDataContent Fields(params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (field, value) in fields)
            form.Add(new StringContent(value), field);
        return form;
    }

    public static async Task<RestructuringDto> PreviewAsync(HttpClient client, MultipartFormDataContent form)
    {
        using var response = await client.PostAsync("/api/v1/restructurings/preview", form);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<RestructuringDto>(ApiTest.Json))!;
    }

    public static async Task<RestructuringDto> ApplyAsync(HttpClient client, MultipartFormDataContent form, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var response = await client.PostAsync("/api/v1/restructurings", form);
        await response.ShouldHaveStatusAsync(expected);
        return (await response.Content.ReadFromJsonAsync<RestructuringDto>(ApiTest.Json))!;
    }
}
