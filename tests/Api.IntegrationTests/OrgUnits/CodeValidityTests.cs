using System.Net;
using System.Net.Http.Json;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.OrgUnits;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Api.IntegrationTests.OrgUnits;

/// <summary>A code names one unit at a time: it may be reused after its unit ended, never on overlapping days.</summary>
public sealed class CodeValidityTests : ApiTest
{
    [Test]
    public async Task ShouldRefuseACodeHeldOnOverlappingDays_AndAParentNotYetThere_WithEveryProblem()
    {
        await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang", code: "24");
        var later = await PostUnitAsync(new { kind = "Province", code = "99", nameVi = "Tỉnh Mới", activeFrom = "2025-07-01" });
        await later.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var parent = (await later.Content.ReadFromJsonAsync<OrgUnitDto>(Json))!;

        using var response = await PostUnitAsync(new { kind = "Department", code = "24", nameVi = "Sở Nội vụ", parentId = parent.Id, activeFrom = "2025-01-01" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        errors.GetProperty("code")[0].GetString()!.ShouldContain("Bắc Giang");
        errors.GetProperty("parentId")[0].GetString()!.ShouldContain("2025-01-01");
        (await GetAsync<Application.Common.Models.PagedList<OrgUnitDto>>("/api/v1/org-units?pageSize=200")).Items.Count.ShouldBe(2);
    }

    [Test]
    public async Task ShouldReuseACode_OnceItsUnitHasEnded()
    {
        var bacGiang = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang", code: "24");
        var successor = await TestActors.UnitAsync(OrgUnitKind.Province, "Tỉnh Tạm");
        using (var merged = await Client.PostAsJsonAsync("/api/v1/org-units/merge", new { unitIds = new[] { bacGiang.Id }, successorId = successor.Id, effectiveOn = "2025-07-01" }))
            await merged.ShouldHaveStatusAsync(HttpStatusCode.OK);

        using var overlapping = await PostUnitAsync(new { kind = "Province", code = "24", nameVi = "Bắc Ninh", activeFrom = "2025-06-30" });
        await overlapping.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        using var after = await PostUnitAsync(new { kind = "Province", code = "24", nameVi = "Bắc Ninh", activeFrom = "2025-07-01" });
        await after.ShouldHaveStatusAsync(HttpStatusCode.Created);

        (await GetAsync<OrgUnitDto>("/api/v1/org-units/by-code/24?on=2025-06-30")).Id.ShouldBe(bacGiang.Id);
        (await GetAsync<OrgUnitDto>("/api/v1/org-units/by-code/24?on=2025-07-01")).NameVi.ShouldBe("Bắc Ninh");
    }

    private Task<HttpResponseMessage> PostUnitAsync(object body) => Client.PostAsJsonAsync("/api/v1/org-units", body, Json);
}
