using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Scores;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Frameworks;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Scores;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;

namespace PapiTracker.Application.ScoreReleases.Commands.ImportScoreRelease;

/// <summary>
/// Imports an official score file: one row per province and survey year, columns
/// <c>year, province_vi, province_en</c> and one per sub-dimension code (an empty cell = not published).
/// All or nothing: any bad row refuses the whole file. Each year in the file replaces that year's
/// release, if there was one.
/// </summary>
[RequiresPermission(Permission.ImportScores)]
public sealed record ImportScoreReleaseCommand(Stream Content, string FileName, long Length, string Framework = "PAPI")
    : ICommand<ImportScoreReleaseResult>;

public sealed record ImportScoreReleaseResult(IReadOnlyList<ImportedYearDto> Years, int ProvincesCreated);

/// <summary>What happened to one survey year: <c>Replaced</c> tells a re-import from a first import.</summary>
public sealed record ImportedYearDto(int SurveyYear, string FrameworkVersion, int Provinces, bool Replaced, int Revision);

public sealed class ImportScoreReleaseCommandHandler(
    IApplicationDbContext db,
    ITableReader reader,
    StandingsReader standings,
    IReleaseEntryWriter entries,
    TimeProvider clock) : ICommandHandler<ImportScoreReleaseCommand, ImportScoreReleaseResult>
{
    private const string YearColumn = "year";
    private const string ProvinceViColumn = "province_vi";
    private const string ProvinceEnColumn = "province_en";

    public async ValueTask<ImportScoreReleaseResult> Handle(ImportScoreReleaseCommand command, CancellationToken cancellationToken)
    {
        UploadLimits.EnsureTableSize(command.Length);

        var framework = await standings.FrameworkAsync(command.Framework, cancellationToken);
        var rows = await ParseAsync(framework, command, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (provinceIds, created) = await ProvincesOfAsync(rows, cancellationToken);
        var releases = new List<(ScoreRelease Release, IGrouping<int, ParsedRow> Rows, bool Replaced)>();
        foreach (var year in rows.GroupBy(r => r.Year).OrderBy(g => g.Key))
        {
            var version = framework.VersionForYear(year.Key)!;
            var release = await db.ScoreReleases
                .SingleOrDefaultAsync(r => r.FrameworkVersionId == version.Id && r.SurveyYear == year.Key, cancellationToken);
            var replaced = release is not null;
            if (release is null)
            {
                release = ScoreRelease.Create(version, year.Key, command.FileName, clock.GetUtcNow());
                db.ScoreReleases.Add(release);
            }
            else
            {
                await db.ReleaseEntries.Where(e => e.ScoreReleaseId == release.Id).ExecuteDeleteAsync(cancellationToken);
                release.StartReimport(command.FileName, clock.GetUtcNow());
            }
            releases.Add((release, year, replaced));
        }
        // The releases get their ids here, before any entry is added: the entries go in through the writer.
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (release, year, _) in releases)
            foreach (var row in year)
                release.AddEntry(provinceIds[row], row.Values);
        await entries.WriteEntriesAsync(releases.Select(r => r.Release).ToList(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportScoreReleaseResult(
            releases.Select(r => new ImportedYearDto(r.Release.SurveyYear, framework.VersionForYear(r.Release.SurveyYear)!.Code, r.Rows.Count(), r.Replaced, r.Release.Revision)).ToList(),
            created);
    }

    private sealed record ParsedRow(int Year, string ProvinceVi, string? ProvinceEn, IReadOnlyList<(SubDimension, decimal)> Values);

    /// <summary>Reads the whole file, collecting every problem before refusing it, so one upload shows them all.</summary>
    private async Task<List<ParsedRow>> ParseAsync(IndexFramework framework, ImportScoreReleaseCommand command, CancellationToken ct)
    {
        var problems = new List<FileProblem>();
        var parsed = new List<ParsedRow>();
        var seen = new Dictionary<(int, string), int>();
        var knownCodes = framework.Versions.SelectMany(v => v.SubDimensions).Select(s => s.Code).ToHashSet();
        TableHeader? header = null;

        await foreach (var row in reader.ReadAsync(command.Content, command.FileName, ct))
        {
            if (header is null)
            {
                header = new TableHeader(row.Cells);
                problems.AddRange(header.Check(row.Number, [YearColumn, ProvinceViColumn], c => IsProvinceColumn(c) || knownCodes.Contains(c)));
                continue;
            }
            if (row.Cells.All(string.IsNullOrWhiteSpace))
                continue;
            var line = ParseRow(framework, header, row, problems);
            if (line is null)
                continue;
            var key = (line.Year, VietnameseText.Fold(line.ProvinceVi));
            if (seen.TryGetValue(key, out var firstRow))
                problems.Add(new(row.Number, ProvinceViColumn, $"{line.ProvinceVi} {line.Year} is already given in row {firstRow}."));
            else
            {
                seen[key] = row.Number;
                parsed.Add(line);
            }
        }

        if (header is null)
            problems.Add(new(1, null, "The file is empty."));
        else if (parsed.Count == 0 && problems.Count == 0)
            problems.Add(new(2, null, "The file has a header but no rows."));
        if (problems.Count > 0)
            throw new FileRejectedException(problems);
        return parsed;
    }

    private static bool IsProvinceColumn(string column) =>
        column.Equals(YearColumn, StringComparison.OrdinalIgnoreCase)
        || column.Equals(ProvinceViColumn, StringComparison.OrdinalIgnoreCase)
        || column.Equals(ProvinceEnColumn, StringComparison.OrdinalIgnoreCase);

    private static ParsedRow? ParseRow(IndexFramework framework, TableHeader header, TableRow row, List<FileProblem> problems)
    {
        string Cell(string column) => header.Cell(row, column);

        var problemsBefore = problems.Count;
        if (row.Cells.Count > header.Columns.Count)
            problems.Add(new(row.Number, null, $"The row has {row.Cells.Count} cells but the header names {header.Columns.Count} columns."));

        FrameworkVersion? version = null;
        var yearText = Cell(YearColumn);
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            problems.Add(new(row.Number, YearColumn, $"'{yearText}' is not a survey year."));
        else if ((version = framework.VersionForYear(year)) is null)
            problems.Add(new(row.Number, YearColumn, $"No version of {framework.Code} covers the survey year {year}."));

        var provinceVi = Cell(ProvinceViColumn);
        if (provinceVi.Length == 0)
            problems.Add(new(row.Number, ProvinceViColumn, "The province's Vietnamese name is missing."));
        else if (provinceVi.Length > OrgUnit.NameMaxLength)
            problems.Add(new(row.Number, ProvinceViColumn, $"The province name is longer than {OrgUnit.NameMaxLength} characters."));
        var provinceEn = Cell(ProvinceEnColumn);

        var values = new List<(SubDimension, decimal)>();
        for (var i = 0; i < header.Columns.Count && i < row.Cells.Count; i++)
        {
            var column = header.Columns[i];
            var text = row.Cells[i].Trim();
            if (IsProvinceColumn(column) || text.Length == 0)
                continue;
            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                problems.Add(new(row.Number, column, $"'{text}' is not a number."));
                continue;
            }
            if (version is null)
                continue;
            var subDimension = version.SubDimensions.SingleOrDefault(s => s.Code == column);
            if (subDimension is null)
                problems.Add(new(row.Number, column, $"Sub-dimension {column} is not part of {version.Code} ({year}); leave the cell empty."));
            else if (!subDimension.IsOnScale(value))
                problems.Add(new(row.Number, column, $"{text} is outside the scale of {column} ({subDimension.ScaleMin}–{subDimension.ScaleMax})."));
            else
                values.Add((subDimension, value));
        }

        return problems.Count > problemsBefore
            ? null
            : new ParsedRow(year, provinceVi, provinceEn.Length == 0 ? null : provinceEn, values);
    }

    /// <summary>Finds each row's province by name, with or without diacritics, creating the ones never seen.</summary>
    private async Task<(Dictionary<ParsedRow, int> Ids, int Created)> ProvincesOfAsync(List<ParsedRow> rows, CancellationToken ct)
    {
        var provinces = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Province).ToListAsync(ct);
        // A province renamed at a date (Thừa Thiên Huế → Thành phố Huế) is still found by the name it had.
        var ids = provinces.Select(p => p.Id).ToList();
        var pastNames = (await db.OrgUnitStates.Where(s => ids.Contains(s.UnitId)).Select(s => new { s.UnitId, s.NameVi, s.NameEn }).ToListAsync(ct))
            .ToLookup(s => s.UnitId, s => (s.NameVi, s.NameEn));
        bool Named(OrgUnit p, string name) => p.IsNamed(name) || pastNames[p.Id].Any(n => OrgUnit.AreSameName(name, n.NameVi, n.NameEn));
        var matched = new Dictionary<ParsedRow, OrgUnit>(ReferenceEqualityComparer.Instance);
        var created = 0;
        foreach (var row in rows)
        {
            // A name may belong to two units in time (Bắc Ninh until 30/6/2025 and the new Bắc Ninh): the one that existed in the survey year.
            var province = provinces.Where(p => Named(p, row.ProvinceVi) || (row.ProvinceEn is not null && Named(p, row.ProvinceEn)))
                .OrderByDescending(p => p.ActiveFrom <= new DateOnly(row.Year, 12, 31) && (p.ActiveTo is null || p.ActiveTo >= new DateOnly(row.Year, 1, 1)))
                .FirstOrDefault();
            if (province is null)
            {
                province = OrgUnit.CreateProvince(row.ProvinceVi, row.ProvinceEn);
                provinces.Add(province);
                db.OrgUnits.Add(province);
                created++;
            }
            matched[row] = province;
        }
        await db.SaveChangesAsync(ct);
        return (matched.ToDictionary(m => m.Key, m => m.Value.Id, matched.Comparer), created);
    }
}
