using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Api.IntegrationTests.Security;

namespace PapiTracker.Api.IntegrationTests.Reliability;

/// <summary>
/// Many officials saving the same thing at the same moment, each from the version they read: exactly one
/// wins, every other hears 412 (or 409 when the row did not exist yet), and what is stored is the winner's.
/// </summary>
public sealed class ConcurrencyTests : ApiTest
{
    private const int Editors = 8;
    private SecurityWorld _world = null!;

    [SetUp]
    public async Task ArrangeAsync() => _world = await SecurityWorld.ArrangeAsync(Client);

    private async Task<(HttpStatusCode Status, string Text, string Body)[]> RaceAsync(Func<int, HttpRequestMessage> request)
    {
        using var start = new SemaphoreSlim(0);
        var racers = Enumerable.Range(0, Editors).Select(async i =>
        {
            using var message = request(i);
            await start.WaitAsync();
            using var response = await Client.SendAsync(message);
            return (response.StatusCode, $"Phiên bản {i}", await response.Content.ReadAsStringAsync());
        }).ToList();
        start.Release(Editors);
        return await Task.WhenAll(racers);
    }

    private static void ShouldHaveOneWinner((HttpStatusCode Status, string Text, string Body)[] results, params HttpStatusCode[] losing)
    {
        results.Count(r => r.Status == HttpStatusCode.OK).ShouldBe(1, string.Join("\n", results.Select(r => $"{(int)r.Status} {r.Body}")));
        foreach (var loser in results.Where(r => r.Status != HttpStatusCode.OK))
        {
            loser.Status.ShouldBeOneOf(losing);
            var problem = JsonDocument.Parse(loser.Body).RootElement;
            problem.GetProperty("status").GetInt32().ShouldBe((int)loser.Status);
        }
    }

    [Test]
    public async Task ShouldLetOneOfManyParallelRevisionsOfAnAction_Win()
    {
        using var read = await Client.GetAsync($"/api/v1/action-items/{_world.ActionId}");
        var etag = read.Headers.ETag!;

        var results = await RaceAsync(i =>
        {
            var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/action-items/{_world.ActionId}")
            {
                Content = JsonContent.Create(new { textVi = $"Phiên bản {i}", recurring = true }),
            };
            request.Headers.IfMatch.Add(etag);
            return request;
        });

        ShouldHaveOneWinner(results, HttpStatusCode.PreconditionFailed);
        using var after = await Client.GetAsync($"/api/v1/action-items/{_world.ActionId}");
        var stored = JsonDocument.Parse(await after.Content.ReadAsStringAsync()).RootElement.GetProperty("textVi").GetString();
        stored.ShouldBe(results.Single(r => r.Status == HttpStatusCode.OK).Text);
        after.Headers.ETag.ShouldNotBe(etag);
    }

    [Test]
    public async Task ShouldLetOneOfManyParallelSavesOfADraft_Win()
    {
        var url = $"/api/v1/report-obligations/{_world.ObligationB1Id}/submission";
        using var created = await Client.PutAsJsonAsync(url, new { narratives = new Dictionary<string, string> { ["1"] = "Bản nháp đầu" } });
        await created.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var etag = created.Headers.ETag!;

        var results = await RaceAsync(i =>
        {
            var request = new HttpRequestMessage(HttpMethod.Put, url)
            {
                Content = JsonContent.Create(new { narratives = new Dictionary<string, string> { ["1"] = $"Phiên bản {i}" } }),
            };
            request.Headers.IfMatch.Add(etag);
            return request;
        });

        ShouldHaveOneWinner(results, HttpStatusCode.PreconditionFailed);
        using var after = await Client.GetAsync(url);
        var narratives = JsonDocument.Parse(await after.Content.ReadAsStringAsync()).RootElement.GetProperty("narratives");
        narratives.GetProperty("1").GetString().ShouldBe(results.Single(r => r.Status == HttpStatusCode.OK).Text);
    }

    [Test]
    public async Task ShouldCreateADraftOnce_WhenManyFirstSavesRace()
    {
        var url = $"/api/v1/report-obligations/{_world.ObligationB1Id}/submission";

        var results = await RaceAsync(i => new HttpRequestMessage(HttpMethod.Put, url)
        {
            Content = JsonContent.Create(new { narratives = new Dictionary<string, string> { ["1"] = $"Phiên bản {i}" } }),
        });

        // Those who lose the race to create either saw the draft (428: they must now send its version) or collided with it (409).
        ShouldHaveOneWinner(results, HttpStatusCode.Conflict, HttpStatusCode.PreconditionRequired, HttpStatusCode.PreconditionFailed);
        using var after = await Client.GetAsync(url);
        var narratives = JsonDocument.Parse(await after.Content.ReadAsStringAsync()).RootElement.GetProperty("narratives");
        narratives.GetProperty("1").GetString().ShouldBe(results.Single(r => r.Status == HttpStatusCode.OK).Text);
    }
}
