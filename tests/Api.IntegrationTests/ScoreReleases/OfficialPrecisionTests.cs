using System.Globalization;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Common.Models;
using PapiTracker.Domain.Organization;
using PapiTracker.Application.ScoreReleases;

namespace PapiTracker.Api.IntegrationTests.ScoreReleases;

/// <summary>
/// PAPI ranks the unrounded totals: the API keeps the file's precision, so every year's ranking is the
/// order of the file's own sums, and published figures with more than two decimals come back whole.
/// </summary>
public sealed class OfficialPrecisionTests : ApiTest
{
    [Test]
    public async Task ShouldRankEveryYear_InTheOrderOfTheUnroundedSumsOfTheFile_WithNoSharedRank()
    {
        await Client.ImportOfficialScoresAsync();
        var file = OfficialFile();

        foreach (var year in file.Select(r => r.Year).Distinct().Order())
        {
            var ranking = (await GetAsync<PagedList<RankingRowDto>>($"/api/v1/score-releases/{year}/rankings")).Items;
            var expected = file.Where(r => r.Year == year && r.Total is not null).OrderByDescending(r => r.Total).ToList();
            var ranked = ranking.Where(r => r.Rank is not null).OrderBy(r => r.Rank).ToList();

            // The register names provinces as the official list does ("Thành phố Hà Nội" for the file's "Hà Nội").
            ranked.Select(r => UnitNames.ProvinceKey(r.ProvinceNameVi)).ShouldBe(expected.Select(r => UnitNames.ProvinceKey(r.ProvinceVi)), $"{year}: the order of the unrounded sums");
            ranked.Select(r => r.Rank!.Value).ShouldBe(Enumerable.Range(1, expected.Count), $"{year}: no two provinces share a rank");
            ranked.Select(r => r.Score!.Value).ShouldBe(expected.Select(r => r.Total!.Value), $"{year}: totals at the file's precision");
        }
    }

    [TestCase(2020, "Quảng Ninh", null, 3, 48.811)]
    [TestCase(2020, "Quảng Ninh", "1", 3, 5.805)]
    [TestCase(2020, "Quảng Ninh", "4", 3, 8.286)]
    [TestCase(2022, "Quảng Ninh", null, 4, 47.8763)]
    [TestCase(2023, "Thừa Thiên-Huế", null, 4, 46.0415)]
    public async Task ShouldGiveThePublishedFigure_AtItsPublishedPrecision(int year, string province, string? dimension, int decimals, double published)
    {
        await Client.ImportOfficialScoresAsync();

        var ranking = await GetAsync<PagedList<RankingRowDto>>($"/api/v1/score-releases/{year}/rankings{(dimension is null ? "" : $"?dimension={dimension}")}");

        var score = ranking.Items.Single(r => UnitNames.ProvinceKey(r.ProvinceNameVi) == UnitNames.ProvinceKey(province)).Score!.Value;
        Math.Round(score, decimals, MidpointRounding.AwayFromZero).ShouldBe((decimal)published);
    }

    private sealed record FileRow(int Year, string ProvinceVi, decimal? Total);

    /// <summary>
    /// The shared file read on its own: a province's total is the plain sum of its cells, or none when a
    /// sub-dimension its year measures is empty (5.2 ended in 2020, 8.3 began in 2019).
    /// </summary>
    private static List<FileRow> OfficialFile()
    {
        var lines = File.ReadAllLines(ReferenceFiles.OfficialScores).Where(l => l.Length > 0).ToList();
        var codes = lines[0].Split(',').Skip(3).ToList();
        return lines.Skip(1).Select(line =>
        {
            var cells = line.Split(',');
            var year = int.Parse(cells[0], CultureInfo.InvariantCulture);
            var measured = codes
                .Select((code, i) => (Code: code, Cell: cells.ElementAtOrDefault(i + 3) ?? ""))
                .Where(c => !(year >= 2021 && c.Code == "5.2") && !(year == 2018 && c.Code == "8.3"))
                .ToList();
            decimal? total = measured.All(c => c.Cell.Length > 0)
                ? measured.Sum(c => decimal.Parse(c.Cell, NumberStyles.Float, CultureInfo.InvariantCulture))
                : null;
            return new FileRow(year, cells[1], total);
        }).ToList();
    }
}
