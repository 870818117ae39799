using System.Globalization;
using System.Security.Cryptography;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Scores;
using PapiTracker.Application.ScoreReleases.Common;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Frameworks;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Scores;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Application.Common.Validation;

namespace PapiTracker.Application.ScoreReleases.Commands.ImportScoreRelease;

/// <summary>
/// Imports an official score file: one row per province and survey year, columns
/// <c>year, province_vi, province_en</c> and every sub-dimension code of the year's framework version (an
/// empty cell = not published). All or nothing: any bad row refuses the whole file. Each year in the file
/// becomes the next revision of that year's release; the revision before is kept. Provinces are matched,
/// never created. <paramref name="DryRun"/> only answers what the file would change; a re-import that
/// removes provinces or changes more than <see cref="ReleaseChanges.ShareNeedingConfirmation"/> of the
/// values needs <paramref name="Confirm"/>, else it is refused with the same answer.
/// </summary>
[RequiresPermission(Permission.ImportScores)]
public sealed record ImportScoreReleaseCommand(
    Stream Content, string FileName, long Length, string Framework = IndexFramework.DefaultCode, bool DryRun = false, bool Confirm = false)
    : ICommand<ImportScoreReleaseResult>;

public sealed class ImportScoreReleaseCommandValidator : AbstractValidator<ImportScoreReleaseCommand>
{
    public ImportScoreReleaseCommandValidator()
    {
        RuleFor(c => c.FileName).NotEmpty().MaximumLength(ScoreRelease.SourceMaxLength);
        RuleFor(c => c.Length).GreaterThan(0).WithText(Messages.FileEmpty).OverridePropertyName("file");
        RuleFor(c => c.Framework).NotEmpty();
    }
}

/// <param name="DryRun">True when nothing was written: the years say what an import would do.</param>
/// <param name="Sha256">The file's SHA-256, lower-case hex, as the revision records it.</param>
public sealed record ImportScoreReleaseResult(bool DryRun, string Sha256, IReadOnlyList<ImportedYearDto> Years);

/// <summary>
/// What happens to one survey year: <c>Replaced</c> tells a re-import from a first import, <c>Revision</c>
/// is the revision the file becomes, <c>Changes</c> what it changes against the current revision.
/// </summary>
public sealed record ImportedYearDto(int SurveyYear, string FrameworkVersion, int Provinces, bool Replaced, int Revision, ReleaseChangesDto Changes);

/// <summary>A re-import that needs a confirmation was sent without one: nothing was written; <see cref="Years"/> is the preview.</summary>
public sealed class ImportNeedsConfirmationException(IReadOnlyList<ImportedYearDto> years)
    : NeedsConfirmationException(Messages.ImportNeedsConfirmation)
{
    public IReadOnlyList<ImportedYearDto> Years { get; } = years;
}

public sealed class ImportScoreReleaseCommandHandler(
    IApplicationDbContext db,
    ITableReader reader,
    StandingsReader standings,
    ReleaseRevisionWriter revisions,
    TimeProvider clock) : ICommandHandler<ImportScoreReleaseCommand, ImportScoreReleaseResult>
{
    private const string YearColumn = "year";
    private const string ProvinceViColumn = "province_vi";
    private const string ProvinceEnColumn = "province_en";

    public async ValueTask<ImportScoreReleaseResult> Handle(ImportScoreReleaseCommand command, CancellationToken cancellationToken)
    {
        UploadLimits.EnsureTableSize(command.Length);
        using var content = new MemoryStream();
        await command.Content.CopyToAsync(content, cancellationToken);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content.GetBuffer().AsSpan(0, (int)content.Length)));
        content.Position = 0;

        var framework = await standings.FrameworkAsync(command.Framework, cancellationToken);
        var register = await ProvinceRegister.LoadAsync(db, cancellationToken);
        var rows = await ParseAsync(framework, register, content, command.FileName, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var years = rows.GroupBy(r => r.Year).OrderBy(g => g.Key).ToList();
        var yearsInFile = years.Select(y => y.Key).ToList();
        var versionIds = framework.Versions.Select(v => v.Id).ToList();
        var existing = await db.ScoreReleases
            .Where(r => versionIds.Contains(r.FrameworkVersionId) && yearsInFile.Contains(r.SurveyYear))
            .ToDictionaryAsync(r => r.SurveyYear, cancellationToken);
        var current = await standings.ValuesAsync(framework, existing.Values.Select(r => r.Id).ToList(), revision: null, cancellationToken);
        var provinceById = register.Provinces.ToDictionary(p => p.Id);

        var pending = new List<PendingRevision>();
        var answer = new List<ImportedYearDto>();
        foreach (var year in years)
        {
            var version = framework.VersionForYear(year.Key)!;
            var release = existing.GetValueOrDefault(year.Key);
            var after = year.Select(r => new ProvinceValues(r.Province.Id, r.Values.ToDictionary(v => v.SubDimension.Code, v => v.Value), r.PublishedTotal)).ToList();
            var changes = ReleaseChanges.Between(year.Key, version, release is null ? [] : current[release.Id], after, framework.RulesFor(year.Key));
            answer.Add(new ImportedYearDto(
                year.Key, version.Code, after.Count, release is not null, (release?.Revision ?? 0) + 1, ReleaseChangesDto.From(changes, provinceById)));
            if (command.DryRun)
                continue;
            if (release is null)
            {
                release = ScoreRelease.Create(version, year.Key, command.FileName, clock.GetUtcNow());
                db.ScoreReleases.Add(release);
            }
            else
                release.StartRevision(command.FileName, clock.GetUtcNow());
            pending.Add(new PendingRevision(
                release, RevisionKind.Import, sha256, RestoredFrom: null, changes,
                year.Select(r => new PendingLine(r.Province.Id, r.Values, r.PublishedTotal)).ToList()));
        }

        if (command.DryRun)
            return new ImportScoreReleaseResult(true, sha256, answer);
        if (!command.Confirm && answer.Any(y => y.Changes.NeedsConfirmation))
            throw new ImportNeedsConfirmationException(answer);
        await revisions.WriteAsync(pending, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportScoreReleaseResult(false, sha256, answer);
    }

    private sealed record ParsedRow(int Year, OrgUnit Province, IReadOnlyList<(SubDimension SubDimension, decimal Value)> Values, decimal? PublishedTotal);

    /// <summary>Reads the whole file, collecting every problem before refusing it, so one upload shows them all.</summary>
    private async Task<List<ParsedRow>> ParseAsync(
        IndexFramework framework, ProvinceRegister register, Stream content, string fileName, CancellationToken ct)
    {
        var problems = new List<FileProblem>();
        var parsed = new List<ParsedRow>();
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
    private static ParsedRow? ParseRow(
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
        return new ParsedRow(year, province, values, publishedTotal);
    }
}
