using System.Net;
using System.Net.Http.Json;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.ActionItems;
using PapiTracker.Application.Common.Models;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Plans;

namespace PapiTracker.Api.IntegrationTests.Plans;

public sealed class ActionProgressTests : ApiTest
{
    private OrgUnit _province = null!;
    private OrgUnit _vietYen = null!;
    private OrgUnit _hiepHoa = null!;
    private int _actionId;

    [SetUp]
    public async Task ArrangeAsync()
    {
        _province = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang");
        _vietYen = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Việt Yên", _province);
        _hiepHoa = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Hiệp Hòa", _province);
        (_, _actionId) = await TestActors.PlanAsync(_province, _vietYen);
    }

    [Test]
    public async Task ShouldRecordADistrictsProgress_AndMoveTheActionsStatus()
    {
        var officer = await TestActors.ClientWithRoleAsync(Role.UnitOfficer, _vietYen.Id);

        using var response = await officer.PostAsJsonAsync($"/api/v1/action-items/{_actionId}/progress", Report(_vietYen.Id, "InProgress", 40));

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var logged = (await response.Content.ReadFromJsonAsync<ActionProgressDto>(Json))!;
        (logged.Percent, logged.UnitNameVi, logged.AuthorId).ShouldBe((40, "Huyện Việt Yên", logged.AuthorId));
        logged.AuthorId.ShouldNotBeNull();
        (await GetAsync<ActionItemDto>($"/api/v1/action-items/{_actionId}")).Status.ShouldBe(ActionStatus.InProgress);
        (await GetAsync<PagedList<ActionProgressDto>>($"/api/v1/action-items/{_actionId}/progress")).Items.ShouldHaveSingleItem().Narrative.ShouldBe("Đã làm 40%");
    }

    [Test]
    public async Task ShouldRefuseAnOfficerReportingForAnotherDistrict()
    {
        var officer = await TestActors.ClientWithRoleAsync(Role.UnitOfficer, _hiepHoa.Id);

        using var asOther = await officer.PostAsJsonAsync($"/api/v1/action-items/{_actionId}/progress", Report(_vietYen.Id, "InProgress", 40));
        using var asOwn = await officer.PostAsJsonAsync($"/api/v1/action-items/{_actionId}/progress", Report(_hiepHoa.Id, "InProgress", 40));

        await asOther.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var problem = await asOwn.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("unitId", out _).ShouldBeTrue("Hiệp Hòa neither leads nor supports the action");
        (await GetAsync<PagedList<ActionProgressDto>>($"/api/v1/action-items/{_actionId}/progress")).TotalCount.ShouldBe(0);
    }

    [TestCase("InProgress", 101, "percent")]
    [TestCase("Completed", 60, "percent")]
    [TestCase("Sideways", 10, "status")]
    public async Task ShouldRefuseBadProgress_WithFieldErrors(string status, int percent, string field)
    {
        using var response = await Client.PostAsJsonAsync($"/api/v1/action-items/{_actionId}/progress", Report(_vietYen.Id, status, percent));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        if (status != "Sideways")
            problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
    }

    [Test]
    public async Task ShouldRefuseProgressForADayToCome()
    {
        var tomorrowPlusOne = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2);

        using var response = await Client.PostAsJsonAsync($"/api/v1/action-items/{_actionId}/progress",
            new { unitId = _vietYen.Id, reportedOn = tomorrowPlusOne, status = "InProgress", percent = 10, narrative = "Sớm" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("reportedOn", out _).ShouldBeTrue();
    }

    [Test]
    public async Task ShouldGiveOneOfTwoConcurrentRevisions_A412()
    {
        using var read = await Client.GetAsync($"/api/v1/action-items/{_actionId}");
        var etag = read.Headers.ETag!.Tag;

        using var first = await Client.SendAsync(Revise(etag, "Phúc đáp trên cổng trong 5 ngày"));
        using var second = await Client.SendAsync(Revise(etag, "Phúc đáp trên cổng trong 7 ngày"));

        await first.ShouldHaveStatusAsync(HttpStatusCode.OK);
        await second.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await GetAsync<ActionItemDto>($"/api/v1/action-items/{_actionId}")).TextVi.ShouldBe("Phúc đáp trên cổng trong 5 ngày");
    }

    [Test]
    public async Task ShouldRefuseADueDateBeforeTheStart()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/action-items/{_actionId}")
        {
            Content = JsonContent.Create(new { textVi = "Sai ngày", startDate = "2021-06-01", dueDate = "2021-05-01", recurring = false }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "*");

        using var response = await Client.SendAsync(request);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("dueDate", out _).ShouldBeTrue();
    }

    private static object Report(int unitId, string status, int percent) =>
        new { unitId, reportedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), status, percent, narrative = $"Đã làm {percent}%" };

    private HttpRequestMessage Revise(string etag, string textVi)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/action-items/{_actionId}") { Content = JsonContent.Create(new { textVi, recurring = true }) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return request;
    }
}
