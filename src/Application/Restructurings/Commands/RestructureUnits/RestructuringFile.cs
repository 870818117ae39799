using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PapiTracker.Application.Common.Files;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Application.Restructurings.Commands.RestructureUnits;

/// <summary>One mapping: an old unit (in an old district, for communes) → the new unit it becomes part of.</summary>
public sealed record MappingRow(
    int Number, string? OldDistrictCode, string? OldDistrictName, string OldCode, string OldNameVi, string? OldNameEn,
    string NewCode, string NewNameVi, string? NewNameEn, string? NewKind, DateOnly EffectiveFrom, string? LegalBasis);

/// <summary>
/// A restructuring file read whole: the province file (<c>old_code, old_name_vi, old_name_en, new_code,
/// new_name_vi, new_name_en, effective_from, legal_basis</c>) or a commune file (<c>old_district_code,
/// old_district_name_vi, old_commune_code, old_commune_name_vi, new_commune_code, new_commune_name_vi,
/// new_kind, effective_from, legal_basis</c>), told apart by the header. Every problem is a row problem.
/// A row that repeats an earlier one exactly is counted once and listed as skipped.
/// </summary>
public sealed class RestructuringFile
{
    public static readonly string[] ProvinceColumns = ["old_code", "old_name_vi", "old_name_en", "new_code", "new_name_vi", "new_name_en", "effective_from", "legal_basis"];

    public static readonly string[] CommuneColumns =
        ["old_district_code", "old_district_name_vi", "old_commune_code", "old_commune_name_vi", "new_commune_code", "new_commune_name_vi", "new_kind", "effective_from", "legal_basis"];

    private RestructuringFile(RestructuringKind kind) => Kind = kind;

    public RestructuringKind Kind { get; }
    public List<MappingRow> Rows { get; } = [];
    public List<FileProblem> Problems { get; } = [];
    public List<SkippedRowDto> Repeated { get; } = [];
    public DateOnly EffectiveOn { get; private set; }
    public string? LegalBasis { get; private set; }
    public string Sha256 { get; private set; } = "";

    /// <summary>True when the header is a restructuring file's (the command line tells them from score files so).</summary>
    public static bool IsRestructuringHeader(IReadOnlyList<string> header) => KindOf(header) is not null;

    private static RestructuringKind? KindOf(IReadOnlyList<string> header)
    {
        var columns = header.Select(c => c.Trim().ToLowerInvariant()).ToHashSet();
        if (CommuneColumns.Take(7).All(columns.Contains))
            return RestructuringKind.Communes;
        if (ProvinceColumns.Take(5).All(columns.Contains))
            return RestructuringKind.Provinces;
        return null;
    }

    public static async Task<RestructuringFile> ReadAsync(ITableReader reader, Stream content, string fileName, CancellationToken ct)
    {
        RestructuringFile? file = null;
        TableHeader? header = null;
        var problems = new List<FileProblem>();
        await foreach (var line in reader.ReadAsync(content, fileName, ct))
        {
            if (header is null)
            {
                header = new TableHeader(line.Cells);
                if (KindOf(header.Columns) is not { } kind)
                {
                    problems.Add(new(line.Number, null,
                        $"Neither a province file ({string.Join(",", ProvinceColumns)}) nor a commune file ({string.Join(",", CommuneColumns)})."));
                    break;
                }
                file = new RestructuringFile(kind);
                var known = kind == RestructuringKind.Provinces ? ProvinceColumns : CommuneColumns;
                file.Problems.AddRange(header.Check(line.Number, known.Take(kind == RestructuringKind.Provinces ? 7 : 8), c => known.Contains(c, StringComparer.OrdinalIgnoreCase)));
                continue;
            }
            if (line.Cells.All(string.IsNullOrWhiteSpace))
                continue;
            file!.Read(header, line);
        }
        if (file is null)
        {
            file = new RestructuringFile(RestructuringKind.Provinces);
            file.Problems.AddRange(problems.Count > 0 ? problems : [new(1, null, "The file is empty.")]);
            return file;
        }
        file.CheckMappings();
        return file;
    }

    private void Read(TableHeader header, TableRow line)
    {
        var before = Problems.Count;
        var communes = Kind == RestructuringKind.Communes;
        string? Optional(string column) => header.Has(column) && header.Cell(line, column) is { Length: > 0 } text ? text : null;
        string Required(string column, string what, int maxLength)
        {
            var text = header.Cell(line, column);
            if (text.Length == 0) Problems.Add(new(line.Number, column, $"The {what} is missing."));
            else if (text.Length > maxLength) Problems.Add(new(line.Number, column, $"The {what} is longer than {maxLength} characters."));
            return text;
        }

        var oldDistrictCode = communes ? Required("old_district_code", "old district's code", OrgUnit.CodeMaxLength) : null;
        var oldCode = Required(communes ? "old_commune_code" : "old_code", "old code", OrgUnit.CodeMaxLength);
        var oldName = Required(communes ? "old_commune_name_vi" : "old_name_vi", "old name", OrgUnit.NameMaxLength);
        var newCode = Required(communes ? "new_commune_code" : "new_code", "new code", OrgUnit.CodeMaxLength);
        var newName = Required(communes ? "new_commune_name_vi" : "new_name_vi", "new name", OrgUnit.NameMaxLength);
        var newKind = communes ? Required("new_kind", "new kind", 40) : null;
        if (newKind is { Length: > 0 } && !new[] { "xã", "phường", "đặc khu", "thị trấn" }.Contains(newKind.ToLowerInvariant()))
            Problems.Add(new(line.Number, "new_kind", $"'{newKind}' is not a kind of commune-level unit (xã, phường, đặc khu)."));
        var dateText = header.Cell(line, "effective_from");
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var effective))
            Problems.Add(new(line.Number, "effective_from", $"'{dateText}' is not a date (yyyy-mm-dd)."));
        var legalBasis = Optional("legal_basis");
        if (legalBasis is { Length: > Restructuring.LegalBasisMaxLength })
            Problems.Add(new(line.Number, "legal_basis", $"The legal basis is longer than {Restructuring.LegalBasisMaxLength} characters."));
        if (Problems.Count == before)
            Rows.Add(new MappingRow(line.Number, oldDistrictCode, communes ? Optional("old_district_name_vi") : null, oldCode, oldName,
                communes ? null : Optional("old_name_en"), newCode, newName, communes ? null : Optional("new_name_en"), newKind, effective, legalBasis));
    }

    /// <summary>Conflicts between rows: an old unit mapped twice, a new code given two names, two effective dates.</summary>
    private void CheckMappings()
    {
        var kept = new List<MappingRow>();
        var byOldCode = new Dictionary<string, MappingRow>();
        foreach (var row in Rows)
        {
            if (byOldCode.TryGetValue(row.OldCode, out var first))
            {
                if (row with { Number = first.Number } == first)
                    Repeated.Add(new SkippedRowDto(row.Number, row.OldCode, row.OldNameVi, $"Repeats row {first.Number} exactly; counted once."));
                else
                    Problems.Add(new(row.Number, Kind == RestructuringKind.Communes ? "old_commune_code" : "old_code",
                        $"The old unit {row.OldCode} is already mapped in row {first.Number}; an old unit is mapped once."));
                continue;
            }
            byOldCode[row.OldCode] = row;
            kept.Add(row);
        }
        foreach (var group in kept.GroupBy(r => r.NewCode))
        {
            var first = group.First();
            foreach (var row in group.Skip(1).Where(r => r.NewNameVi != first.NewNameVi || r.NewKind != first.NewKind || r.NewNameEn != first.NewNameEn))
                Problems.Add(new(row.Number, Kind == RestructuringKind.Communes ? "new_commune_name_vi" : "new_name_vi",
                    $"The new unit {row.NewCode} is {first.NewNameVi} in row {first.Number}; a new code has one name and kind."));
        }
        var dates = kept.Select(r => r.EffectiveFrom).Distinct().ToList();
        if (dates.Count > 1)
            foreach (var row in kept.Where(r => r.EffectiveFrom != kept[0].EffectiveFrom))
                Problems.Add(new(row.Number, "effective_from", $"The file takes effect on {kept[0].EffectiveFrom:yyyy-MM-dd} (row {kept[0].Number}); one file, one date."));
        if (kept.Count == 0 && Problems.Count == 0)
            Problems.Add(new(2, null, "The file has a header but no rows."));
        Rows.Clear();
        Rows.AddRange(kept);
        if (kept.Count > 0)
        {
            EffectiveOn = kept[0].EffectiveFrom;
            LegalBasis = kept.Select(r => r.LegalBasis).FirstOrDefault(b => b is not null);
        }
        var canonical = string.Join("\n", kept.OrderBy(r => r.OldCode, StringComparer.Ordinal)
            .Select(r => string.Join("|", r.OldDistrictCode, r.OldCode, r.OldNameVi, r.NewCode, r.NewNameVi, r.NewKind, r.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{Kind}\n{canonical}")));
    }
}
