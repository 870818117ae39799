using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.ScoreReleases.Commands.ImportScoreRelease;
using PapiTracker.Domain.Common;

namespace PapiTracker.Infrastructure.Files;

/// <summary>
/// Reads CSV (UTF-8, comma-separated, as the official score file) and the first sheet of an XLSX
/// workbook. The type is taken from the name and confirmed by the content, so a renamed binary is
/// refused rather than read as garbage.
/// </summary>
internal sealed class TableReader : ITableReader
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    public async IAsyncEnumerable<TableRow> ReadAsync(Stream content, string fileName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seekable = await SeekableAsync(content, cancellationToken);
        var head = new byte[512];
        var headLength = await seekable.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        seekable.Position = 0;
        var isZip = headLength >= 4 && head.AsSpan(0, 4).SequenceEqual(ZipSignature);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();

        var isXlsx = extension == ".xlsx" && isZip;
        var isCsv = extension is ".csv" or ".txt" && !isZip && !head.AsSpan(0, headLength).Contains((byte)0);
        if (!isXlsx && !isCsv)
            throw new UnsupportedMediaTypeException(Messages.NotATableFile(fileName, extension));

        if (isXlsx)
        {
            foreach (var row in ReadXlsx(seekable))
                yield return row;
        }
        else
        {
            await foreach (var row in ReadCsvAsync(seekable, cancellationToken))
                yield return row;
        }
    }

    private static async Task<Stream> SeekableAsync(Stream content, CancellationToken ct)
    {
        if (content.CanSeek)
            return content;
        var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        return buffer;
    }

    private static async IAsyncEnumerable<TableRow> ReadCsvAsync(Stream content, [EnumeratorCancellation] CancellationToken ct)
    {
        using var text = new StreamReader(content, detectEncodingFromByteOrderMarks: true);
        using var parser = new CsvParser(text, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null });
        while (await parser.ReadAsync())
        {
            ct.ThrowIfCancellationRequested();
            yield return new TableRow(parser.Row, parser.Record ?? []);
        }
    }

    private static IEnumerable<TableRow> ReadXlsx(Stream content)
    {
        using var document = OpenWorkbook(content);
        var workbook = document.WorkbookPart
            ?? throw new UnsupportedMediaTypeException(Messages.XlsxHasNoWorkbook);
        var firstSheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
            ?? throw new UnsupportedMediaTypeException(Messages.XlsxHasNoSheet);
        var sheet = (WorksheetPart)workbook.GetPartById(firstSheet.Id!.Value!);
        var sharedStrings = Unreadable(() => workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? []);

        using var reader = Unreadable(() => OpenXmlReader.Create(sheet));
        while (Unreadable(reader.Read))
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
                continue;
            var row = (Row)Unreadable(reader.LoadCurrentElement)!;
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                while (cells.Count < column)
                    cells.Add("");
                cells.Add(CellText(cell, sharedStrings));
            }
            yield return new TableRow((int)(row.RowIndex?.Value ?? 0), cells);
        }
    }

    /// <summary>
    /// Opens the workbook after checking what it would unpack to: a zip bomb (a few kB that inflate to
    /// gigabytes) is refused from its directory, before anything is inflated; the parts are then read
    /// with a cap on characters, in case the directory lies. A damaged package is a 415, not a crash.
    /// </summary>
    private static SpreadsheetDocument OpenWorkbook(Stream content)
    {
        try
        {
            using (var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true))
            {
                long unpacked = 0;
                foreach (var entry in zip.Entries)
                {
                    unpacked += entry.Length;
                    if (unpacked > UploadLimits.MaxUnpackedTableBytes || (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > MaxCompressionRatio && entry.Length > 1024 * 1024))
                        throw new PayloadTooLargeException(UploadLimits.MaxUnpackedTableBytes);
                }
            }
            content.Position = 0;
            return SpreadsheetDocument.Open(content, isEditable: false, new OpenSettings { MaxCharactersInPart = UploadLimits.MaxUnpackedTableBytes });
        }
        catch (Exception e) when (IsDamagedPackage(e))
        {
            throw new UnsupportedMediaTypeException(Messages.XlsxDamaged);
        }
    }

    private static T Unreadable<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (System.Xml.XmlException e) when (e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
        {
            throw new PayloadTooLargeException(UploadLimits.MaxUnpackedTableBytes);
        }
        catch (Exception e) when (IsDamagedPackage(e))
        {
            throw new UnsupportedMediaTypeException(Messages.XlsxDamaged);
        }
    }

    private static bool IsDamagedPackage(Exception e) =>
        e is InvalidDataException or System.IO.FileFormatException or OpenXmlPackageException or System.Xml.XmlException or KeyNotFoundException or ArgumentOutOfRangeException;

    /// <summary>Spreadsheet XML compresses well, but not a thousandfold.</summary>
    private const long MaxCompressionRatio = 200;

    private static string CellText(Cell cell, string[] sharedStrings)
    {
        var raw = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(raw, out var index) && index < sharedStrings.Length ? sharedStrings[index] : "";
        if (cell.DataType?.Value == CellValues.InlineString)
            return cell.InlineString?.InnerText ?? "";
        // Spreadsheets store numbers as doubles, sometimes in exponent form; give the import plain decimals.
        if (cell.DataType is null && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return ((decimal)number).ToString(CultureInfo.InvariantCulture);
        return raw;
    }

    /// <summary>"C5" → 2.</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
            return null;
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return index - 1;
    }
}
