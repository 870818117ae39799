namespace PapiTracker.Application.Common.Files;

/// <summary>A row of an uploaded table as text; <see cref="Number"/> is the row as a spreadsheet shows it (header = 1).</summary>
public sealed record TableRow(int Number, IReadOnlyList<string> Cells);

/// <summary>
/// Reads an uploaded table, CSV or XLSX, row by row without holding the file in memory. Knows
/// formats only: what the cells mean is the importing use case's business.
/// </summary>
public interface ITableReader
{
    /// <exception cref="Exceptions.UnsupportedMediaTypeException">The content is neither CSV nor XLSX.</exception>
    IAsyncEnumerable<TableRow> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken);
}
