using System.Globalization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Common.Validation;
using PapiTracker.Application.Scores;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Scores;
using PapiTracker.Application.Provinces;

namespace PapiTracker.Application.Populations.Commands.ImportPopulations;

/// <summary>
/// Imports population figures (dân số), the weights of population-weighted estimates: columns
/// <c>province</c> (code or name), <c>year</c>, <c>population</c>, <c>source</c>. A code or name is the
/// province that held it that year (code 24 in 2024 is Bắc Giang). All or nothing: any bad row refuses the
/// whole file. A figure already held for a province and year is revised. <paramref name="DryRun"/> only
/// answers what the file would do.
/// </summary>
[RequiresPermission(Permission.ImportScores)]
public sealed record ImportPopulationsCommand(Stream Content, string FileName, long Length, bool DryRun = false) : ICommand<ImportPopulationsResult>;

public sealed class ImportPopulationsCommandValidator : AbstractValidator<ImportPopulationsCommand>
{
    public ImportPopulationsCommandValidator()
    {
        RuleFor(c => c.FileName).NotEmpty().MaximumLength(PopulationFigure.SourceMaxLength);
        RuleFor(c => c.Length).GreaterThan(0).WithText(Messages.FileEmpty).OverridePropertyName("file");
    }
}

/// <param name="DryRun">True when nothing was written.</param>
/// <param name="Figures">Every figure the file gives, as it is (or would be) stored.</param>
public sealed record ImportPopulationsResult(bool DryRun, int Added, int Revised, int Unchanged, IReadOnlyList<PopulationFigureDto> Figures);

public sealed class ImportPopulationsCommandHandler(IApplicationDbContext db, ITableReader reader)
    : ICommandHandler<ImportPopulationsCommand, ImportPopulationsResult>
{
    private const string ProvinceColumn = "province";
    private const string YearColumn = "year";
    private const string PopulationColumn = "population";
    private const string SourceColumn = "source";
    private static readonly string[] Columns = [ProvinceColumn, YearColumn, PopulationColumn, SourceColumn];

    /// <summary>Whether a table's first row is a population file's header (the command line tells files apart by it).</summary>
    public static bool IsPopulationHeader(IReadOnlyList<string> cells) =>
        Columns.All(c => cells.Any(cell => cell.Trim().Equals(c, StringComparison.OrdinalIgnoreCase)));

    public async ValueTask<ImportPopulationsResult> Handle(ImportPopulationsCommand command, CancellationToken cancellationToken)
    {
        UploadLimits.EnsureTableSize(command.Length);
        var register = await ProvinceRegister.LoadAsync(db, cancellationToken);
        var rows = await ParseAsync(register, command.Content, command.FileName, cancellationToken);

        var unitIds = rows.Select(r => r.Province.Id).Distinct().ToList();
        var held = await db.PopulationFigures.Where(f => unitIds.Contains(f.UnitId)).ToDictionaryAsync(f => (f.UnitId, f.Year), cancellationToken);
        int added = 0, revised = 0;
        foreach (var row in rows)
        {
            if (!held.TryGetValue((row.Province.Id, row.Year), out var figure))
            {
                added++;
                if (!command.DryRun)
                    db.PopulationFigures.Add(PopulationFigure.Record(row.Province.Id, row.Year, row.Population, row.Source));
            }
            else if (figure.Population != row.Population || figure.Source != row.Source)
            {
                revised++;
                if (!command.DryRun)
                    figure.Revise(row.Population, row.Source);
            }
        }
        if (!command.DryRun)
            await db.SaveChangesAsync(cancellationToken);

        var figures = rows
            .Select(r => new PopulationFigureDto(
                new ProvinceDto(r.Province.Id, r.Province.NameVi, r.Province.NameEn, r.Province.Code, r.Province.ActiveFrom, r.Province.ActiveTo),
                r.Year, r.Population, r.Source))
            .ToList();
        return new ImportPopulationsResult(command.DryRun, added, revised, rows.Count - added - revised, figures);
    }

    private sealed record ParsedRow(OrgUnit Province, int Year, long Population, string Source);

    /// <summary>Reads the whole file, collecting every problem before refusing it, so one upload shows them all.</summary>
    private async Task<List<ParsedRow>> ParseAsync(ProvinceRegister register, Stream content, string fileName, CancellationToken ct)
    {
        var problems = new List<FileProblem>();
        var parsed = new List<ParsedRow>();
        var seen = new Dictionary<(int, int), int>();
        TableHeader? header = null;
        await foreach (var row in reader.ReadAsync(content, fileName, ct))
        {
            if (header is null)
            {
                header = new TableHeader(row.Cells);
                problems.AddRange(header.Check(row.Number, Columns, c => Columns.Contains(c, StringComparer.OrdinalIgnoreCase)));
                continue;
            }
            if (row.Cells.All(string.IsNullOrWhiteSpace))
                continue;
            if (ParseRow(register, header, row, problems) is not { } line)
                continue;
            if (seen.TryGetValue((line.Province.Id, line.Year), out var firstRow))
                problems.Add(new(row.Number, ProvinceColumn, Messages.ProvinceYearRepeated(line.Province.NameVi, line.Year, firstRow)));
            else
            {
                seen[(line.Province.Id, line.Year)] = row.Number;
                parsed.Add(line);
            }
        }

        FileRejectedException.ThrowIfAny(problems, header, parsed.Count);
        return parsed;
    }

    private static ParsedRow? ParseRow(ProvinceRegister register, TableHeader header, TableRow row, List<FileProblem> problems)
    {
        var problemsBefore = problems.Count;
        if (row.Cells.Count > header.Columns.Count)
            problems.Add(new(row.Number, null, Messages.RowCellCount(row.Cells.Count, header.Columns.Count)));

        var yearText = header.Cell(row, YearColumn);
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < PopulationFigure.FirstYear or > PopulationFigure.LastYear)
            problems.Add(new(row.Number, YearColumn, Messages.PopulationYearOutOfRange(yearText, PopulationFigure.FirstYear, PopulationFigure.LastYear)));

        var populationText = header.Cell(row, PopulationColumn);
        if (!long.TryParse(populationText, NumberStyles.None, CultureInfo.InvariantCulture, out var population) || population <= 0)
            problems.Add(new(row.Number, PopulationColumn, Messages.PopulationNotPositive(populationText)));

        var source = header.Cell(row, SourceColumn);
        if (source.Length == 0)
            problems.Add(new(row.Number, SourceColumn, Messages.PopulationSourceMissing));
        else if (source.Length > PopulationFigure.SourceMaxLength)
            problems.Add(new(row.Number, SourceColumn, Messages.PopulationSourceTooLong(PopulationFigure.SourceMaxLength)));

        var codeOrName = header.Cell(row, ProvinceColumn);
        if (codeOrName.Length == 0)
            problems.Add(new(row.Number, ProvinceColumn, Messages.PopulationProvinceMissing));
        else if (codeOrName.Length > OrgUnit.NameMaxLength)
            problems.Add(new(row.Number, ProvinceColumn, Messages.ProvinceNameTooLong(OrgUnit.NameMaxLength)));

        if (problems.Count > problemsBefore)
            return null;
        if (register.CodedOrNamedIn(year, codeOrName) is not { } province)
        {
            problems.Add(new(row.Number, ProvinceColumn, Messages.NoProvinceInYear(codeOrName, year)));
            return null;
        }
        return new ParsedRow(province, year, population, source);
    }
}
