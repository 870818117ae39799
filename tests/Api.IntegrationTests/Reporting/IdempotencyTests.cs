using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Reporting;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;
using PapiTracker.Infrastructure.Data;

namespace PapiTracker.Api.IntegrationTests.Reporting;

/// <summary>Integrations retrying with an Idempotency-Key: the first answer again, nothing stored twice, a reused key for another request refused.</summary>
public sealed class IdempotencyTests : ApiTest
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private OrgUnit _commune = null!;
    private int _obligation;
    private HttpClient _head = null!;

    [SetUp]
    public async Task ArrangeAsync()
    {
        var province = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang");
        var district = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Việt Yên", province);
        _commune = await TestActors.UnitAsync(OrgUnitKind.Commune, "Thị trấn Nếnh", district);
        var (planId, _) = await TestActors.PlanAsync(province, _commune);
        _obligation = (await TestActors.PeriodAsync(planId, Today.AddDays(3), null, (_commune, district))).ObligationIds[0];
        _head = await TestActors.ClientWithRoleAsync(Role.UnitHead, _commune.Id);
    }

    [Test]
    public async Task ShouldAnswerARetryAsTheFirstTimeAndStoreOnce()
    {
        var id = await DraftAsync("Bản nháp");

        using var first = await SendAsync(HttpMethod.Post, $"/api/v1/report-submissions/{id}/submit", null, "submit-q1-nenh");
        using var retry = await SendAsync(HttpMethod.Post, $"/api/v1/report-submissions/{id}/submit", null, "submit-q1-nenh");
        using var withoutKey = await _head.PostAsync($"/api/v1/report-submissions/{id}/submit", null);

        await first.ShouldHaveStatusAsync(HttpStatusCode.OK);
        await retry.ShouldHaveStatusAsync(HttpStatusCode.OK);
        retry.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await retry.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        await withoutKey.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await VersionsAsync(id)).ShouldBe(1);
    }

    [Test]
    public async Task ShouldRefuseAKeyReusedForADifferentRequest()
    {
        using var created = await SendAsync(HttpMethod.Put, $"/api/v1/report-obligations/{_obligation}/submission",
            new { narratives = new Dictionary<string, string> { ["8"] = "Lần một" } }, "draft-1");
        using var replayed = await SendAsync(HttpMethod.Put, $"/api/v1/report-obligations/{_obligation}/submission",
            new { narratives = new Dictionary<string, string> { ["8"] = "Lần một" } }, "draft-1");
        using var different = await SendAsync(HttpMethod.Put, $"/api/v1/report-obligations/{_obligation}/submission",
            new { narratives = new Dictionary<string, string> { ["8"] = "Lần hai" } }, "draft-1");
        using var tooLong = await SendAsync(HttpMethod.Put, $"/api/v1/report-obligations/{_obligation}/submission",
            new { narratives = new Dictionary<string, string> { ["8"] = "Lần ba" } }, new string('k', 201));

        await created.ShouldHaveStatusAsync(HttpStatusCode.OK);
        replayed.Headers.ETag.ShouldBe(created.Headers.ETag, "the ETag is replayed too");
        (await different.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("different request");
        (await tooLong.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("Idempotency-Key", out _).ShouldBeTrue();
        (await GetAsync()).Narratives["8"].ShouldBe("Lần một");
    }

    [Test]
    public async Task ShouldRunOneOfParallelRequestsWithOneKey()
    {
        var id = await DraftAsync("Bản nháp");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => SendAsync(HttpMethod.Post, $"/api/v1/report-submissions/{id}/submit", null, "parallel-key")));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK || r.StatusCode == HttpStatusCode.Conflict);
        responses.Count(r => r.StatusCode == HttpStatusCode.OK && !r.Headers.Contains("Idempotent-Replayed")).ShouldBe(1);
        (await VersionsAsync(id)).ShouldBe(1);
        foreach (var response in responses)
            response.Dispose();
    }

    [Test]
    public async Task ShouldLetARefusedRequestBeCorrectedAndSentAgainWithItsKey()
    {
        using var refused = await SendAsync(HttpMethod.Put, $"/api/v1/report-obligations/{_obligation}/submission",
            new { narratives = new Dictionary<string, string> { ["dimension eight"] = "Sai khóa" } }, "draft-2");
        using var corrected = await SendAsync(HttpMethod.Put, $"/api/v1/report-obligations/{_obligation}/submission",
            new { narratives = new Dictionary<string, string> { ["8"] = "Đúng khóa" } }, "draft-2");

        await refused.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await corrected.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    private async Task<int> DraftAsync(string narrative)
    {
        using var response = await SendAsync(HttpMethod.Put, $"/api/v1/report-obligations/{_obligation}/submission",
            new { narratives = new Dictionary<string, string> { ["8"] = narrative } }, key: null);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<SubmissionDto>(Json))!.Id.ShouldNotBeNull();
    }

    private async Task<SubmissionDto> GetAsync() =>
        (await _head.GetFromJsonAsync<SubmissionDto>($"/api/v1/report-obligations/{_obligation}/submission", Json))!;

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object? body, string? key)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (key is not null)
            request.Headers.Add("Idempotency-Key", key);
        return _head.SendAsync(request);
    }

    private static async Task<int> VersionsAsync(int submissionId)
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().SubmissionVersions.CountAsync(v => v.SubmissionId == submissionId);
    }
}
