using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Application.OrgUnits.Commands.ImportOrgUnits;

/// <summary>
/// Adds units from a CSV or XLSX table: <c>code, kind, name_vi, name_en, parent_code, reports_to_code, active_from</c>.
/// Parents and recipients are found by code, in the database or earlier or later in the same file.
/// All or nothing: any bad row refuses the file with every problem by row and column.
/// </summary>
[RequiresPermission(Permission.ManageUnits)]
public sealed record ImportOrgUnitsCommand(Stream Content, string FileName, long Length) : ICommand<ImportOrgUnitsResult>;

public sealed record ImportOrgUnitsResult(int Created, IReadOnlyList<OrgUnitDto> Units);

public sealed class ImportOrgUnitsCommandHandler(IApplicationDbContext db, ITableReader reader, AccessControl access, TimeProvider clock)
    : ICommandHandler<ImportOrgUnitsCommand, ImportOrgUnitsResult>
{
    private const string Code = "code", Kind = "kind", NameVi = "name_vi", NameEn = "name_en", ParentCode = "parent_code",
        ReportsToCode = "reports_to_code", ActiveFrom = "active_from";

    private static readonly string[] Columns = [Code, Kind, NameVi, NameEn, ParentCode, ReportsToCode, ActiveFrom];

    private sealed record Row(int Number, string Code, OrgUnitKind Kind, string NameVi, string? NameEn, string? ParentCode, string? ReportsToCode, DateOnly ActiveFrom);

    public async ValueTask<ImportOrgUnitsResult> Handle(ImportOrgUnitsCommand command, CancellationToken cancellationToken)
    {
        UploadLimits.EnsureTableSize(command.Length);
        var problems = new List<FileProblem>();
        var rows = await ReadAsync(command, problems, cancellationToken);

        var codes = rows.Select(r => r.Code).Concat(rows.Select(r => r.ParentCode)).Concat(rows.Select(r => r.ReportsToCode)).OfType<string>().Distinct().ToList();
        // A code may have named other units on other days: each row's codes are read on the row's first day.
        var holders = (await db.OrgUnits.Where(u => u.Code != null && codes.Contains(u.Code)).ToListAsync(cancellationToken)).ToLookup(u => u.Code!);
        OrgUnit? HolderOn(string code, DateOnly day) =>
            holders[code].FirstOrDefault(u => u.IsActiveOn(day)) ?? holders[code].OrderByDescending(u => u.ActiveFrom).FirstOrDefault();
        var inFile = rows.GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.First());
        var scope = await access.ScopeAsync(Permission.ManageUnits, cancellationToken);

        foreach (var row in rows)
        {
            if (holders[row.Code].FirstOrDefault(u => u.ActiveTo is null || u.ActiveTo >= row.ActiveFrom) is { } holder)
                problems.Add(new(row.Number, Code, Messages.CodeHeldOnOrAfter(row.Code, holder.NameVi, row.ActiveFrom)));
            if (inFile[row.Code] != row)
                problems.Add(new(row.Number, Code, Messages.CodeUsedInRow(row.Code, inFile[row.Code].Number)));
            var parentUnit = row.ParentCode is { } p && !inFile.ContainsKey(p) ? HolderOn(p, row.ActiveFrom) : null;
            if (row.ParentCode is { } parent && parentUnit is null && !inFile.ContainsKey(parent))
                problems.Add(new(row.Number, ParentCode, Messages.NoUnitWithCode(parent)));
            else if (parentUnit is not null && !scope.Covers(parentUnit.Path))
                problems.Add(new(row.Number, ParentCode, Messages.OutsideUnitsYouManage(parentUnit.NameVi)));
            else if (row.ParentCode is null && !scope.Everywhere)
                problems.Add(new(row.Number, ParentCode, Messages.OnlyAdminAddsRoot));
            if (row.ReportsToCode is { } recipient && !inFile.ContainsKey(recipient) && HolderOn(recipient, row.ActiveFrom) is null)
                problems.Add(new(row.Number, ReportsToCode, Messages.NoUnitWithCode(recipient)));
        }
        var ordered = problems.Count == 0 ? ParentsFirst(rows, inFile, problems) : [];
        if (problems.Count > 0)
            throw new FileRejectedException(problems.OrderBy(p => p.Row).ToList());

        // The entity's own rules (an inactive parent, reporting to itself) are checked row by row too, so every one is listed.
        // A code of the file names the unit the file creates; any other names the unit holding it on the row's first day.
        var created = new Dictionary<string, OrgUnit>();
        OrgUnit? Named(string code, Row row) => inFile.ContainsKey(code) ? created.GetValueOrDefault(code) : HolderOn(code, row.ActiveFrom);
        foreach (var row in ordered)
        {
            var parent = row.ParentCode is null ? null : Named(row.ParentCode, row);
            if (row.ParentCode is not null && parent is null)
                continue;
            try
            {
                var unit = OrgUnit.Create(row.Kind, row.Code, row.NameVi, row.NameEn, parent, row.ActiveFrom);
                db.OrgUnits.Add(unit);
                created[row.Code] = unit;
            }
            catch (DomainException rule)
            {
                problems.Add(new(row.Number, ParentCode, rule.Text));
            }
        }
        foreach (var row in ordered.Where(r => r.ReportsToCode is not null && created.ContainsKey(r.Code)))
        {
            if (Named(row.ReportsToCode!, row) is not { } recipient)
                continue;
            try
            {
                created[row.Code].ReportTo(recipient);
            }
            catch (DomainException rule)
            {
                problems.Add(new(row.Number, ReportsToCode, rule.Text));
            }
        }
        if (problems.Count > 0)
            throw new FileRejectedException(problems.OrderBy(p => p.Row).ToList());

        await db.SaveChangesAsync(cancellationToken);
        var units = ordered.Select(r => OrgUnitDto.From(created[r.Code])).ToList();
        return new ImportOrgUnitsResult(units.Count, units);
    }

    private async Task<List<Row>> ReadAsync(ImportOrgUnitsCommand command, List<FileProblem> problems, CancellationToken ct)
    {
        var rows = new List<Row>();
        TableHeader? header = null;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await foreach (var line in reader.ReadAsync(command.Content, command.FileName, ct))
        {
            if (header is null)
            {
                header = new TableHeader(line.Cells);
                problems.AddRange(header.Check(line.Number, [Code, Kind, NameVi], c => Columns.Contains(c, StringComparer.OrdinalIgnoreCase)));
                continue;
            }
            if (line.Cells.All(string.IsNullOrWhiteSpace))
                continue;
            var before = problems.Count;
            string? Optional(string column) => header.Cell(line, column) is { Length: > 0 } text ? text : null;

            var code = header.Cell(line, Code);
            if (code.Length == 0) problems.Add(new(line.Number, Code, Messages.CodeMissing));
            else if (code.Length > OrgUnit.CodeMaxLength) problems.Add(new(line.Number, Code, Messages.CodeTooLong(OrgUnit.CodeMaxLength)));
            var kindText = header.Cell(line, Kind);
            if (!Enum.TryParse<OrgUnitKind>(kindText, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
                problems.Add(new(line.Number, Kind, Messages.NotAUnitKind(kindText, string.Join(", ", Enum.GetNames<OrgUnitKind>()))));
            var nameVi = header.Cell(line, NameVi);
            if (nameVi.Length == 0) problems.Add(new(line.Number, NameVi, Messages.VietnameseNameMissing));
            else if (nameVi.Length > OrgUnit.NameMaxLength) problems.Add(new(line.Number, NameVi, Messages.NameTooLong(OrgUnit.NameMaxLength)));
            if (Optional(NameEn) is { Length: > OrgUnit.NameMaxLength }) problems.Add(new(line.Number, NameEn, Messages.NameTooLong(OrgUnit.NameMaxLength)));
            var activeFrom = today;
            if (Optional(ActiveFrom) is { } dateText && !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out activeFrom))
                problems.Add(new(line.Number, ActiveFrom, Messages.NotADate(dateText)));
            var parent = Optional(ParentCode);
            if (parent is null && kind != OrgUnitKind.Province)
                problems.Add(new(line.Number, ParentCode, Messages.OnlyProvinceWithoutParent));

            if (problems.Count == before)
                rows.Add(new Row(line.Number, code, kind, nameVi, Optional(NameEn), parent, Optional(ReportsToCode), activeFrom));
        }
        if (header is null)
            problems.Add(new(1, null, Messages.FileEmpty));
        else if (rows.Count == 0 && problems.Count == 0)
            problems.Add(new(2, null, Messages.FileHasNoRows));
        return rows;
    }

    /// <summary>Orders the rows so each parent in the file comes before its children; a loop of parents is a problem.</summary>
    private static List<Row> ParentsFirst(List<Row> rows, Dictionary<string, Row> inFile, List<FileProblem> problems)
    {
        var ordered = new List<Row>();
        var placed = new HashSet<string>();
        var visiting = new HashSet<string>();
        bool Place(Row row)
        {
            if (placed.Contains(row.Code)) return true;
            if (!visiting.Add(row.Code))
            {
                problems.Add(new(row.Number, ParentCode, Messages.ParentLoop(row.Code)));
                return false;
            }
            if (row.ParentCode is { } parent && inFile.TryGetValue(parent, out var parentRow) && !Place(parentRow))
                return false;
            placed.Add(row.Code);
            ordered.Add(row);
            return true;
        }
        foreach (var row in rows)
        {
            visiting.Clear();
            Place(row);
        }
        return ordered;
    }
}
