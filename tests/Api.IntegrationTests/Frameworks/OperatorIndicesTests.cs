using System.Net;
using System.Text.Json;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Provinces.Queries.GetProvinceProfile;
using PapiTracker.Domain.Frameworks;
using PapiTracker.Application.Frameworks;
using PapiTracker.Application.ScoreReleases;

namespace PapiTracker.Api.IntegrationTests.Frameworks;

/// <summary>
/// Indices an operator adds without code: a framework defined through <c>POST /frameworks</c>, its scores
/// imported and read like PAPI's. Two shapes: a percent-of-maximum index (PAR INDEX-like) and a mean of
/// factors (SIPAS-like).
/// </summary>
public sealed class OperatorIndicesTests : ApiTest
{
    /// <summary>Three fields worth 20, 30 and 50 points; the result is the points obtained over 100, as %.</summary>
    private const string ParLike = """
        {
          "code": "PARX",
          "name": { "vi": "Chỉ số cải cách hành chính (thử)", "en": "Administrative reform index (trial)" },
          "publishedDecimals": 2,
          "versions": [{
            "code": "PARX-2022", "firstYear": 2022, "lastYear": null,
            "total": { "method": "percentOfMaximum" },
            "dimensions": [
              { "code": "f1", "name": { "vi": "Chỉ đạo, điều hành", "en": "Direction" }, "scale": { "min": 0, "max": 20, "unit": "points" } },
              { "code": "f2", "name": { "vi": "Thủ tục hành chính", "en": "Procedures" }, "scale": { "min": 0, "max": 30, "unit": "points" } },
              { "code": "f3", "name": { "vi": "Tác động", "en": "Impact" }, "scale": { "min": 0, "max": 50, "unit": "points" } }
            ]
          }]
        }
        """;

    /// <summary>The overall index is the mean of three factors, each a % of satisfied respondents.</summary>
    private const string SipasLike = """
        {
          "code": "SIPASX",
          "name": { "vi": "Chỉ số hài lòng (thử)", "en": "Satisfaction index (trial)" },
          "versions": [{
            "code": "SIPASX-2022", "firstYear": 2022, "lastYear": null,
            "total": { "method": "mean" },
            "dimensions": [
              { "code": "access", "name": { "vi": "Tiếp cận dịch vụ", "en": "Access" }, "scale": { "min": 0, "max": 100, "unit": "%" } },
              { "code": "procedures", "name": { "vi": "Thủ tục hành chính", "en": "Procedures" }, "scale": { "min": 0, "max": 100, "unit": "%" } },
              { "code": "results", "name": { "vi": "Kết quả dịch vụ", "en": "Results" }, "scale": { "min": 0, "max": 100, "unit": "%" } }
            ]
          }]
        }
        """;

    private async Task<(int A, int B, int C)> ProvincesAsync() =>
        ((await Client.AddProvinceAsync("Tỉnh An", "An")).Id, (await Client.AddProvinceAsync("Tỉnh Bình", "Binh")).Id, (await Client.AddProvinceAsync("Tỉnh Cường", "Cuong")).Id);

    [Test]
    public async Task PercentOfMaximumIndex_ShouldRankOnPointsOverTheMaximum()
    {
        var (a, b, _) = await ProvincesAsync();
        using (var defined = await Client.DefineAsync(ParLike))
            await defined.ShouldHaveStatusAsync(HttpStatusCode.Created);
        await Client.ImportAsync("PARX", """
            year,province_vi,province_en,f1,f2,f3
            2023,Tỉnh An,An,18,27,40
            2023,Tỉnh Bình,Binh,20,24.5,45
            2023,Tỉnh Cường,Cuong,15,20,
            2024,Tỉnh An,An,19,28,44
            """);

        var ranking = (await GetAsync<PagedList<RankingRowDto>>("/api/v1/score-releases/2023/rankings?framework=PARX")).Items;

        // (20 + 24.5 + 45) / 100 × 100 = 89.5 before (18 + 27 + 40) = 85; Cường lacks f3: no total, no rank.
        ranking.Select(r => (r.ProvinceId, r.Score, r.Rank)).ShouldBe([(b, 89.5m, 1), (a, 85m, 2), (ranking[2].ProvinceId, null, null)]);
        ranking[0].RankedOf.ShouldBe(2);

        var profile = await GetAsync<ProvinceProfileDto>($"/api/v1/provinces/{a}/profile?framework=PARX");
        var year2024 = profile.Years.Single(y => y.SurveyYear == 2024);
        year2024.Total.Score.ShouldBe(91m);
        year2024.Total.Delta.ShouldBe(6m);
        year2024.Dimensions.Single(d => d.Code == "f3").Score.Score.ShouldBe(44m);
    }

    [Test]
    public async Task MeanOfFactorsIndex_ShouldRankOnTheMean_AndDescribeItself()
    {
        var (a, b, c) = await ProvincesAsync();
        using (var defined = await Client.DefineAsync(SipasLike))
            await defined.ShouldHaveStatusAsync(HttpStatusCode.Created);
        await Client.ImportAsync("SIPASX", """
            year,province_vi,province_en,access,procedures,results
            2023,Tỉnh An,An,80,81,82
            2023,Tỉnh Bình,Binh,90,85,86
            2023,Tỉnh Cường,Cuong,70.5,75,79.5
            """);

        var ranking = (await GetAsync<PagedList<RankingRowDto>>("/api/v1/score-releases/2023/rankings?framework=SIPASX")).Items;

        ranking.Select(r => (r.ProvinceId, r.Score, r.Rank)).ShouldBe([(b, 87m, 1), (a, 81m, 2), (c, 75m, 3)]);
        var profile = await GetAsync<ProvinceProfileDto>($"/api/v1/provinces/{c}/profile?framework=SIPASX");
        profile.Years.Single().Dimensions.Select(d => d.Score.Score).ShouldBe([70.5m, 75m, 79.5m]);

        var sipas = (await GetAsync<List<FrameworkDto>>("/api/v1/frameworks")).Single(f => f.Code == "SIPASX");
        sipas.Versions.Single().TotalAggregationMethod.ShouldBe(AggregationMethod.Mean);
        sipas.Versions.Single().Dimensions.Select(d => d.SubDimensions.Single().Unit).ShouldAllBe(u => u == "%");
    }

    [Test]
    public async Task ABrokenDefinition_ShouldBeRefusedWithFieldErrors_AndNothingDefined()
    {
        // Weights adding up to 0.9, a component with neither a scale nor sub-dimensions, a weight outside a
        // weighted sum, and a second version overlapping the first.
        const string broken = """
            {
              "code": "BROKEN",
              "name": { "vi": "Hỏng", "en": "Broken" },
              "versions": [
                { "code": "B-1", "firstYear": 2020, "lastYear": 2022, "total": { "method": "weightedSum" },
                  "dimensions": [
                    { "code": "x", "name": { "vi": "X", "en": "X" }, "weight": 0.5, "scale": { "min": 0, "max": 10 } },
                    { "code": "y", "name": { "vi": "Y", "en": "Y" }, "weight": 0.4 }
                  ] },
                { "code": "B-2", "firstYear": 2022, "lastYear": null,
                  "dimensions": [
                    { "code": "x", "name": { "vi": "X", "en": "X" }, "weight": 1, "scale": { "min": 5, "max": 5 } }
                  ] }
              ]
            }
            """;

        using var response = await Client.DefineAsync(broken);

        await response.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        var fields = errors.EnumerateObject().Select(e => e.Name).ToList();
        fields.ShouldContain("versions[0].Dimensions");
        fields.ShouldContain("versions[0].Dimensions[1].SubDimensions");
        fields.ShouldContain("versions[1].FirstYear");
        fields.ShouldContain("versions[1].Dimensions[0].Weight");
        fields.ShouldContain("versions[1].Dimensions[0].Scale.Max");
        (await GetAsync<List<FrameworkDto>>("/api/v1/frameworks")).ShouldNotContain(f => f.Code == "BROKEN");
    }

    [Test]
    public async Task DefiningAFramework_ShouldBeForAdminsOnly_AndAudited_AndOnce()
    {
        var province = await TestActors.UnitAsync(Domain.Organization.OrgUnitKind.Province, "Tỉnh Điều Phối");
        using var coordinator = await TestActors.ClientWithRoleAsync(Domain.Access.Role.Coordinator, province.Id);
        using (var refused = await coordinator.DefineAsync(SipasLike))
            await refused.ShouldHaveStatusAsync(HttpStatusCode.Forbidden);

        using (var defined = await Client.DefineAsync(SipasLike))
            await defined.ShouldHaveStatusAsync(HttpStatusCode.Created);
        using (var again = await Client.DefineAsync(SipasLike))
            await again.ShouldHaveStatusAsync(HttpStatusCode.Conflict);

        var audit = await Client.GetStringAsync("/api/v1/audit?entityType=IndexFramework");
        audit.ShouldContain("SIPASX");
    }

    [Test]
    public void EveryFrameworkFileInDocs_ShouldPassTheRules()
    {
        foreach (var path in Directory.GetFiles(ReferenceFiles.RepositoryFile("docs", "frameworks"), "*.json").Where(p => !p.EndsWith(".schema.json")))
        {
            using var file = File.OpenRead(path);
            Should.NotThrow(() => Application.Frameworks.Commands.DefineFramework.FrameworkFile.Read(file, Path.GetFileName(path)), path);
        }
    }
}
