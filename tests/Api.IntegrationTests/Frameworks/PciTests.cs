using System.Globalization;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Provinces.Queries.GetProvinceProfile;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Scores;
using PapiTracker.Application.ScoreReleases;

namespace PapiTracker.Api.IntegrationTests.Frameworks;

/// <summary>
/// PCI end to end from the shared file: its framework defined from docs/frameworks/pci.json, its
/// releases imported through the score import, totals derived as the weighted sum of the sub-indices
/// and checked against VCCI's published totals.
/// </summary>
public sealed class PciTests : ApiTest
{
    /// <summary>A row of the shared file: year, province, the published total and where it came from.</summary>
    private sealed record PciRow(int Year, string ProvinceVi, decimal? Total, string Source);

    private static List<PciRow> Rows(IEnumerable<string> lines) =>
        lines.Skip(1).Where(l => l.Length > 0)
            // The source (last column) may hold commas; the columns before it do not.
            .Select(l => l.Split(',', 18))
            .Select(c => new PciRow(int.Parse(c[0], CultureInfo.InvariantCulture), c[1],
                c[15].Length == 0 ? null : decimal.Parse(c[15], CultureInfo.InvariantCulture), c[17]))
            .ToList();

    /// <summary>
    /// The shared file less the 2005 pilot, which no version covers (its weights were never published),
    /// imported on PCI after the official provinces and Hà Tây (merged into Hà Nội in 2008) exist.
    /// </summary>
    private async Task<List<PciRow>> ImportPciAsync()
    {
        await Client.DefineFromFileAsync("pci.json");
        await Client.EnsureOfficialProvincesAsync();
        await Client.AddProvinceAsync("Hà Tây", "Ha Tay");
        var lines = (await File.ReadAllLinesAsync(ReferenceFiles.Pci)).Where(l => !l.StartsWith("2005,", StringComparison.Ordinal)).ToList();
        await Client.ImportAsync("PCI", string.Join('\n', lines) + "\n", "pci-2006-2024.csv");
        return Rows(lines);
    }

    private Task<PagedList<RankingRowDto>> RankingAsync(int year) =>
        GetAsync<PagedList<RankingRowDto>>($"/api/v1/score-releases/{year}/rankings?framework=PCI&pageSize=100");

    [Test]
    public async Task DerivedTotals_ShouldEqualVccisPublishedTotals_OnTheWorkbookYears()
    {
        var rows = await ImportPciAsync();

        // VCCI's workbooks 2006–2016 carry every sub-index at full precision; 2011 is the known exception (below).
        var years = Enumerable.Range(2006, 11).Where(y => y != 2011).ToList();
        var compared = 0;
        foreach (var year in years)
        {
            var ranking = (await RankingAsync(year)).Items;
            var published = rows.Where(r => r.Year == year && r.Total is not null && r.Source.Contains("VCCI PCI workbook")).ToList();
            published.Count.ShouldBeGreaterThan(60, $"{year}");
            foreach (var row in published)
            {
                var line = ranking.Single(r => UnitNames.ProvinceKey(r.ProvinceNameVi) == UnitNames.ProvinceKey(row.ProvinceVi));
                line.TotalCheck.ShouldNotBeNull($"{year} {row.ProvinceVi}");
                line.TotalCheck.Published.ShouldBe(row.Total!.Value);
                line.Score.ShouldBe(row.Total!.Value, "the published total is the official figure");
                Math.Abs(line.TotalCheck.Derived!.Value - row.Total!.Value).ShouldBeLessThanOrEqualTo(0.005m, $"{year} {row.ProvinceVi}");
                line.TotalCheck.Differs.ShouldBeFalse();
                compared++;
            }
        }
        compared.ShouldBeGreaterThan(600);

        // Ranks compare the official totals: Đà Nẵng led PCI 2016 with 70.00, Quảng Ninh second.
        var ranking2016 = (await RankingAsync(2016)).Items;
        ranking2016.Take(2).Select(r => (r.ProvinceNameVi, r.Rank)).ShouldBe([("Thành phố Đà Nẵng", 1), ("Quảng Ninh", 2)]);
        ranking2016[0].RankedOf.ShouldBe(63);
    }

    [Test]
    public async Task Pci2011_ShouldKeepThePublishedTotals_AndFlagTheDerivedOnesThatDiffer()
    {
        await ImportPciAsync();

        var ranking = (await RankingAsync(2011)).Items;
        var flagged = ranking.Where(r => r.TotalCheck?.Differs == true).ToList();

        // The 2011 workbook's totals are 0.05–0.55 above the weighted sum of its own sub-indices.
        flagged.Count.ShouldBeGreaterThan(30);
        flagged.ShouldAllBe(r => r.Score == r.TotalCheck!.Published);
        flagged.Select(r => r.TotalCheck!.Published - r.TotalCheck.Derived!.Value).ShouldAllBe(d => d >= 0.04m && d <= 0.56m);
        var bacGiang = ranking.Single(r => r.ProvinceNameVi == "Bắc Giang");
        bacGiang.Score.ShouldBe(60.79m);
        bacGiang.TotalCheck!.Differs.ShouldBeTrue();
    }

    [Test]
    public async Task Pci2023_ShouldRankOnlyTheTop30_AsVcciPublishes()
    {
        await ImportPciAsync();

        var ranking = (await RankingAsync(2023)).Items;

        ranking.Count.ShouldBe(63);
        ranking.Count(r => r.Rank is not null).ShouldBe(30);
        ranking.Where(r => r.Rank is null).ShouldAllBe(r => r.Score != null);
        // Six totals were published (top 30 only); the rest are derived from the sub-indices and unflagged.
        ranking.Count(r => r.TotalCheck != null).ShouldBe(6);
        ranking.Where(r => r.TotalCheck != null).ShouldAllBe(r => !r.TotalCheck!.Differs);
        ranking.Single(r => r.ProvinceNameVi == "Thanh Hóa").Score.ShouldBe(66.79m);
    }

    [Test]
    public async Task ProfileAndComparison_ShouldRefuseTotalDeltasAcrossVersions_ButCompareSubIndices()
    {
        await ImportPciAsync();
        var bacGiangId = (await RankingAsync(2010)).Items.Single(r => r.ProvinceNameVi == "Bắc Giang").ProvinceId;

        var profile = await GetAsync<ProvinceProfileDto>($"/api/v1/provinces/{bacGiangId}/profile?framework=PCI");

        profile.Framework.ShouldBe("PCI");
        var byYear = profile.Years.ToDictionary(y => y.SurveyYear);
        byYear[2009].FrameworkVersion.ShouldBe("PCI-2009");
        byYear[2009].Total.Delta.ShouldBeNull();
        byYear[2009].Total.ChangeUnavailableBecause.ShouldBe(ChangeUnavailableReason.FrameworkVersionChanged);
        byYear[2013].Total.ChangeUnavailableBecause.ShouldBe(ChangeUnavailableReason.FrameworkVersionChanged);
        byYear[2010].Total.Delta.ShouldBe(byYear[2010].Total.Score - byYear[2009].Total.Score);
        // A sub-index keeps its 0–10 scale across the weight changes, so it compares.
        var transparency2009 = byYear[2009].Dimensions.Single(d => d.Code == "transparency");
        transparency2009.Score.Delta.ShouldNotBeNull();
        transparency2009.Score.ChangeUnavailableBecause.ShouldBeNull();

        var comparison = await GetAsync<PapiTracker.Application.Provinces.Queries.CompareProvinces.ProvinceComparisonDto>(
            $"/api/v1/provinces/comparison?year=2016&provinceIds={bacGiangId}&framework=PCI");
        comparison.FrameworkVersion.ShouldBe("PCI-2013");
        comparison.Provinces.Count.ShouldBe(1);
    }
}
