using System.Net;
using System.Text.Json;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Audit.Queries.GetAuditEntries;
using PapiTracker.Application.Common.Models;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Auditing;
using static PapiTracker.Api.IntegrationTests.Infrastructure.PopulationUploads;
using PapiTracker.Application.Populations;
using PapiTracker.Application.Provinces;

namespace PapiTracker.Api.IntegrationTests.Populations;

/// <summary>
/// Population figures, the weights of population-weighted estimates: imported by an admin (CSV: province
/// code or name, year, population, source), all or nothing, audited; readable by anyone who reads scores.
/// </summary>
public sealed class ImportPopulationsTests : ApiTest
{
    [SetUp]
    public Task ArrangeAsync() => Client.EnsureOfficialProvincesAsync();

    [Test]
    public async Task ShouldStoreFiguresByCodeOrName_AsTheProvinceOfThatYear()
    {
        var result = await Client.ImportPopulationsAsync("24,2024,1900000,Test A", "Bắc Ninh,2024,1500000,Test B");

        result.DryRun.ShouldBeFalse();
        (result.Added, result.Revised, result.Unchanged).ShouldBe((2, 0, 0));
        var figures = await GetAsync<List<PopulationFigureDto>>(Url);
        figures.Select(f => (f.Province.NameVi, f.Year, f.Population, f.Source))
            .ShouldBe([("Bắc Giang", 2024, 1900000L, "Test A"), ("Bắc Ninh", 2024, 1500000L, "Test B")]);
        figures[0].Province.Code.ShouldBe("24", "code 24 was Bắc Giang's in 2024");
    }

    [Test]
    public async Task ShouldReviseAFigureAlreadyHeld_AndAuditEveryChange()
    {
        await Client.ImportPopulationsAsync("24,2024,1900000,Test A");

        var again = await Client.ImportPopulationsAsync("24,2024,1950000,Test A revised", "24,2023,1880000,Test A");

        (again.Added, again.Revised, again.Unchanged).ShouldBe((1, 1, 0));
        (await GetAsync<List<PopulationFigureDto>>(Url)).Single(f => f.Year == 2024).Population.ShouldBe(1950000);
        var trail = (await GetAsync<AuditPageDto>("/api/v1/audit?entityType=PopulationFigure")).Items;
        trail.Select(e => e.Action).ShouldBe([AuditAction.Created, AuditAction.Updated, AuditAction.Created], ignoreOrder: true);
        var revision = JsonDocument.Parse(trail.Single(e => e.Action == AuditAction.Updated).Changes).RootElement;
        revision.GetProperty("population").GetProperty("after").GetInt64().ShouldBe(1950000);
        trail.ShouldAllBe(e => e.UserId != null);
    }

    [Test]
    public async Task ShouldWriteNothing_OnADryRun()
    {
        using var response = await Client.UploadPopulationsAsync($"{Header}\n24,2024,1900000,Test A", "?dryRun=true");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await GetAsync<List<PopulationFigureDto>>(Url)).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldRefuseTheWholeFile_WithEveryRowsProblem()
    {
        var csv = string.Join('\n',
            Header,
            "24,2024,1900000,Fine",
            "24,2024,1900001,Same province and year",
            "Atlantis,2024,1000,Test",
            "27,20x4,1000,Test",
            "27,2023,-5,Test",
            "27,2022,1000,",
            ",2021,1000,Test");

        using var response = await Client.UploadPopulationsAsync(csv);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString()))
            .ShouldBe([(3, "province"), (4, "province"), (5, "year"), (6, "population"), (7, "source"), (8, "province")], ignoreOrder: true);
        (await GetAsync<List<PopulationFigureDto>>(Url)).ShouldBeEmpty("nothing is written when a row is refused");
    }

    [Test]
    public async Task ShouldRefuseAFileWithoutItsColumns()
    {
        using var response = await Client.UploadPopulationsAsync("province,year,people\n24,2024,1900000");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("problems").EnumerateArray()
            .Where(p => p.GetProperty("row").GetInt32() == 1)
            .Select(p => p.GetProperty("column").GetString())
            .ShouldBe(["population", "source", "people"], ignoreOrder: true);
    }

    [Test]
    public async Task ShouldLetOnlyAnAdminImport_ButAnyReaderOfScoresRead()
    {
        var bacGiang = (await GetAsync<PagedList<ProvinceDto>>("/api/v1/provinces?search=bac%20giang")).Items.Single();
        using var coordinator = await TestActors.ClientWithRoleAsync(Role.Coordinator, bacGiang.Id);

        using var refused = await coordinator.UploadPopulationsAsync($"{Header}\n24,2024,1900000,Test A");
        using var read = await coordinator.GetAsync(Url);

        await refused.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await read.ShouldHaveStatusAsync(HttpStatusCode.OK);
        using var anonymous = await Anonymous.GetAsync(Url);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
