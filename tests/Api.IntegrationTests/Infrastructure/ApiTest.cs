using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PapiTracker.Api.IntegrationTests.Infrastructure;

/// <summary>Base of tests that go through HTTP: a clean database before each test and a client on the real pipeline.</summary>
public abstract class ApiTest
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Signed in as a system admin: tests of other rules than access use it.</summary>
    protected HttpClient Client { get; private set; } = null!;

    /// <summary>Nobody signed in.</summary>
    protected HttpClient Anonymous { get; private set; } = null!;

    [SetUp]
    public async Task ResetAsync()
    {
        await TestRun.ResetDataAsync();
        Client = await TestActors.ClientForAsync(await TestActors.UserAsync("test.admin", null, (Domain.Access.Role.SystemAdmin, null)));
        Anonymous = TestRun.Factory.CreateClient();
    }

    [TearDown]
    public void DisposeClients()
    {
        TestRun.Factory.Clock.Now = null;
        Client.Dispose();
        Anonymous.Dispose();
    }

    /// <summary>Posts (a JSON body, if any) as the given client, expects 200 and reads the answer.</summary>
    protected static async Task<T> PostAsync<T>(HttpClient client, string url, object? body = null)
    {
        using var response = body is null ? await client.PostAsync(url, null) : await client.PostAsJsonAsync(url, body, Json);
        await response.ShouldHaveStatusAsync(System.Net.HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    protected async Task<T> GetAsync<T>(string url)
    {
        using var response = await Client.GetAsync(url);
        await response.ShouldHaveStatusAsync(System.Net.HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }
}
