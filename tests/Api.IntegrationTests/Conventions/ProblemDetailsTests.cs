using System.Net;
using PapiTracker.Api.IntegrationTests.Infrastructure;

namespace PapiTracker.Api.IntegrationTests.Conventions;

/// <summary>Every error is an RFC 9457 problem with a traceId, titled in the caller's language.</summary>
public sealed class ProblemDetailsTests : ApiTest
{
    [Test]
    public async Task ShouldAnswerAnUnknownApiPathWith404Problem_NotTheDashboard()
    {
        using var response = await Client.GetAsync("/api/v1/no-such-thing");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ShouldAnswerAMalformedQueryParameterWith400Problem()
    {
        using var response = await Client.GetAsync("/api/v1/score-releases?page=abc");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ShouldListFieldErrors_ForOutOfRangePaging()
    {
        using var response = await Client.GetAsync("/api/v1/score-releases?page=0&pageSize=201");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty("page", out _).ShouldBeTrue();
        errors.TryGetProperty("pageSize", out _).ShouldBeTrue();
    }

    [Test]
    public async Task ShouldRefuseAnUnknownSortKey()
    {
        using var response = await Client.GetAsync("/api/v1/score-releases/2020/rankings?sort=colour");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("sort", out _).ShouldBeTrue();
    }

    [Test]
    public async Task ShouldTitleProblemsInVietnamese_ByDefault()
    {
        Client.DefaultRequestHeaders.AcceptLanguage.Clear();

        using var response = await Client.GetAsync("/api/v1/provinces/42/profile");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem.GetProperty("title").GetString().ShouldBe("Không tìm thấy");
    }

    [Test]
    public async Task ShouldTitleProblemsInEnglish_WhenAskedFor()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/provinces/42/profile");
        request.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.9,vi;q=0.5");

        using var response = await Client.SendAsync(request);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem.GetProperty("title").GetString().ShouldBe("Not found");
    }

    [Test]
    public async Task ShouldAnswerAnUnsupportedMethodWithAProblem()
    {
        using var response = await Client.DeleteAsync("/api/v1/frameworks");

        await response.ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed);
    }
}
