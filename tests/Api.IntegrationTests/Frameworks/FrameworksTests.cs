using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Frameworks;

namespace PapiTracker.Api.IntegrationTests.Frameworks;

public sealed class FrameworksTests : ApiTest
{
    [Test]
    public async Task ShouldDescribePapiVersions_AsTheSurveyChanged()
    {
        var papi = (await GetAsync<List<FrameworkDto>>("/api/v1/frameworks")).Single(f => f.Code == "PAPI");

        papi.NameVi.ShouldBe("Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh");
        papi.Versions.Select(v => (v.Code, v.FirstYear, v.LastYear)).ShouldBe([("PAPI-2018", 2018, 2018), ("PAPI-2019", 2019, 2020), ("PAPI-2021", 2021, null)]);
        papi.Versions.Select(v => v.Dimensions.Count).ShouldAllBe(n => n == 8);
        papi.Versions.Select(v => v.Dimensions.Sum(d => d.SubDimensions.Count)).ShouldBe([28, 29, 28]);

        var eGovernance2018 = papi.Versions[0].Dimensions.Single(d => d.Code == "8").SubDimensions;
        eGovernance2018.Select(s => (s.Code, s.ScaleMin, s.ScaleMax)).ShouldBe([("8.1", 0.5m, 5m), ("8.2", 0.5m, 5m)]);

        var procedures2021 = papi.Versions[2].Dimensions.Single(d => d.Code == "5").SubDimensions;
        procedures2021.Select(s => s.Code).ShouldBe(["5.1", "5.3", "5.4"]);
        procedures2021.ShouldAllBe(s => s.ScaleMin == 0.33m && s.ScaleMax == 3.33m);
        papi.Versions[1].Dimensions.Single(d => d.Code == "5").SubDimensions.ShouldAllBe(s => s.ScaleMin == 0.25m && s.ScaleMax == 2.5m);
    }
}
