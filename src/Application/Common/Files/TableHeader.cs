using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Common.Files;

/// <summary>The header row of an uploaded table: finds columns by name, case-insensitively, and reads cells by column.</summary>
public sealed class TableHeader(IReadOnlyList<string> cells)
{
    public IReadOnlyList<string> Columns { get; } = cells.Select(c => c.Trim()).ToList();

    public bool Has(string column) => Columns.Contains(column, StringComparer.OrdinalIgnoreCase);

    /// <summary>The trimmed cell of the column in the row, empty when the column or the cell is missing.</summary>
    public string Cell(TableRow row, string column)
    {
        var index = Columns.ToList().FindIndex(h => h.Equals(column, StringComparison.OrdinalIgnoreCase));
        return index >= 0 && index < row.Cells.Count ? row.Cells[index].Trim() : "";
    }

    /// <summary>Problems with the header itself: required columns missing, unknown or repeated ones.</summary>
    public IEnumerable<FileProblem> Check(int rowNumber, IEnumerable<string> required, Func<string, bool> isKnown)
    {
        foreach (var column in required.Where(r => !Has(r)))
            yield return new FileProblem(rowNumber, column, Messages.RequiredColumnMissing(column));
        foreach (var column in Columns.GroupBy(c => c, StringComparer.OrdinalIgnoreCase))
        {
            if (column.Count() > 1)
                yield return new FileProblem(rowNumber, column.Key, Messages.ColumnRepeated(column.Key, column.Count()));
            else if (!isKnown(column.Key))
                yield return new FileProblem(rowNumber, column.Key, Messages.UnknownColumn(column.Key));
        }
    }
}
