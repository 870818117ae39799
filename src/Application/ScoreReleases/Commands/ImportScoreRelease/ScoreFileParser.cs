using System.Globalization;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Scores;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Frameworks;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Application.ScoreReleases.Commands.ImportScoreRelease;

/// <summary>One row of a score file, checked: the survey year, the province it names, its values and the publisher's total.</summary>
public sealed record ScoreFileRow(int Year, OrgUnit Province, IReadOnlyList<(SubDimension SubDimension, decimal Value)> Values, decimal? PublishedTotal);

/// <summary>
/// Reads an official score file against a framework and the province register; knows nothing of what is stored.
/// Columns: <c>year, province_vi, province_en</c>, every sub-dimension code of the year's version, the framework's
/// total column and the columns it says to ignore.
/// </summary>
public static class ScoreFileParser
{
    private const string YearColumn = "year";
    private const string ProvinceViColumn = "province_vi";
    private const string ProvinceEnColumn = "province_en";

    /// <summary>Reads the whole file, collecting every problem before refusing it (400), so one upload shows them all.</summary>
    public static async Task<List<ScoreFileRow>> ParseAsync(
        ITableReader reader, IndexFramework framework, ProvinceRegister register, Stream content, string fileName, CancellationToken ct)
    {
        var problems = new List<FileProblem>();
        var parsed = new List<ScoreFileRow>();
        var seen = new Dictionary<(int, int), int>();
        var years = new HashSet<int>();
        var knownCodes = framework.Versions.SelectMany(v => v.SubDimensions).Select(s => s.Code).ToHashSet();
        TableHeader? header = null;

        await foreach (var row in reader.ReadAsync(content, fileName, ct))
        {
            if (header is null)
            {
                header = new TableHeader(row.Cells);
                problems.AddRange(header.Check(row.Number, [YearColumn, ProvinceViColumn],
                    c => IsProvinceColumn(c) || knownCodes.Contains(c) || IsTotalColumn(framework, c) || IsIgnored(framework, c)));
                continue;
            }
            if (row.Cells.All(string.IsNullOrWhiteSpace))
                continue;
            var line = ParseRow(framework, register, header, row, problems, years);
            if (line is null)
                continue;
            var key = (line.Year, line.Province.Id);
            if (seen.TryGetValue(key, out var firstRow))
                problems.Add(new(row.Number, ProvinceViColumn, Messages.ProvinceYearRepeated(line.Province.NameVi, line.Year, firstRow)));
            else
            {
                seen[key] = row.Number;
                parsed.Add(line);
            }
        }

        if (header is not null)
            problems.AddRange(MissingColumns(framework, header, years));
        FileRejectedException.ThrowIfAny(problems, header, parsed.Count);
        return parsed;
    }

    private static bool IsProvinceColumn(string column) =>
        column.Equals(YearColumn, StringComparison.OrdinalIgnoreCase)
        || column.Equals(ProvinceViColumn, StringComparison.OrdinalIgnoreCase)
        || column.Equals(ProvinceEnColumn, StringComparison.OrdinalIgnoreCase);

    /// <summary>The column of the publisher's own total (PCI's <c>pci_total</c>), when the framework names one.</summary>
    private static bool IsTotalColumn(IndexFramework framework, string column) =>
        framework.TotalColumn is { } total && column.Equals(total, StringComparison.OrdinalIgnoreCase);

    /// <summary>Columns the framework says a published file carries besides the values (a source note, the publisher's rank).</summary>
    private static bool IsIgnored(IndexFramework framework, string column) =>
        framework.IgnoredColumns.Contains(column, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Every sub-dimension of a year's framework version needs its column, even when all its cells are empty:
    /// a file that leaves one out is not the published table.
    /// </summary>
    private static IEnumerable<FileProblem> MissingColumns(IndexFramework framework, TableHeader header, IEnumerable<int> years)
    {
        var columns = header.Columns.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return years
            .GroupBy(year => framework.VersionForYear(year)!)
            .SelectMany(version => version.Key.SubDimensions
                .Where(s => !columns.Contains(s.Code))
                .Select(s => new FileProblem(1, s.Code,
                    Messages.ColumnMissing(s.Code, version.Key.Code, string.Join(", ", version.Order())))))
            .DistinctBy(p => p.Column);
    }

    /// <param name="years">Collects the survey years the file's rows name (a version covers them), for <see cref="MissingColumns"/>.</param>
    private static ScoreFileRow? ParseRow(
        IndexFramework framework, ProvinceRegister register, TableHeader header, TableRow row,
        List<FileProblem> problems, HashSet<int> years)
    {
        string Cell(string column) => header.Cell(row, column);

        var problemsBefore = problems.Count;
        if (row.Cells.Count > header.Columns.Count)
            problems.Add(new(row.Number, null, Messages.RowCellCount(row.Cells.Count, header.Columns.Count)));

        FrameworkVersion? version = null;
        var yearText = Cell(YearColumn);
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            problems.Add(new(row.Number, YearColumn, Messages.NotASurveyYear(yearText)));
        else if ((version = framework.VersionForYear(year)) is null)
            problems.Add(new(row.Number, YearColumn, Messages.NoVersionCoversSurveyYear(framework.Code, year)));
        else
            years.Add(year);

        var provinceVi = Cell(ProvinceViColumn);
        if (provinceVi.Length == 0)
            problems.Add(new(row.Number, ProvinceViColumn, Messages.ProvinceNameMissing));
        else if (provinceVi.Length > OrgUnit.NameMaxLength)
            problems.Add(new(row.Number, ProvinceViColumn, Messages.ProvinceNameTooLong(OrgUnit.NameMaxLength)));
        var provinceEn = Cell(ProvinceEnColumn);

        var values = new List<(SubDimension, decimal)>();
        decimal? publishedTotal = null;
        for (var i = 0; i < header.Columns.Count && i < row.Cells.Count; i++)
        {
            var column = header.Columns[i];
            var text = row.Cells[i].Trim();
            if (IsProvinceColumn(column) || IsIgnored(framework, column) || text.Length == 0)
                continue;
            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                problems.Add(new(row.Number, column, Messages.NotANumber(text)));
                continue;
            }
            if (version is null)
                continue;
            if (IsTotalColumn(framework, column))
            {
                var (min, max) = version.TotalScale;
                if (value < min || value > max)
                    problems.Add(new(row.Number, column, Messages.OutsideScale(text, column, min, max)));
                else
                    publishedTotal = value;
                continue;
            }
            var subDimension = version.SubDimensions.SingleOrDefault(s => s.Code == column);
            if (subDimension is null)
                problems.Add(new(row.Number, column, Messages.SubDimensionNotInVersion(column, version.Code, year)));
            else if (!subDimension.IsOnScale(value))
                problems.Add(new(row.Number, column, Messages.OutsideScale(text, column, subDimension.ScaleMin, subDimension.ScaleMax)));
            else
                values.Add((subDimension, value));
        }

        if (problems.Count > problemsBefore)
            return null;
        var province = register.NamedIn(year, provinceVi, provinceEn.Length == 0 ? null : provinceEn);
        if (province is null)
        {
            problems.Add(new(row.Number, ProvinceViColumn,
                Messages.NoProvinceInSurveyYear(provinceVi, year)));
            return null;
        }
        return new ScoreFileRow(year, province, values, publishedTotal);
    }
}
