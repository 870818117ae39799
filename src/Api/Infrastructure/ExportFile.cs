using System.Globalization;
using System.Text;
using System.Text.Json;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Exports.Commands.ExportData;

namespace PapiTracker.Api.Infrastructure;

/// <summary>
/// Writes an export to the response as its rows arrive from the database, flushing as it goes, so a large table never
/// sits in memory. CSV: UTF-8 with a byte-order mark (Excel reads Vietnamese correctly only with it), a header row,
/// RFC 4180 quoting and CRLF; text starting with = + - @ is written with a leading apostrophe so no spreadsheet runs
/// it as a formula. JSON: an array of objects keyed by the same column names.
/// </summary>
internal sealed class ExportFile(ExportTable table, bool asJson) : IResult
{
    private const int RowsPerFlush = 500;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var extension = asJson ? "json" : "csv";
        response.ContentType = asJson ? "application/json; charset=utf-8" : "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"papitracker-{table.Kind}.{extension}\"";
        var ct = httpContext.RequestAborted;
        if (asJson)
            await WriteJsonAsync(response.Body, ct);
        else
            await WriteCsvAsync(response.Body, ct);
    }

    private async Task WriteCsvAsync(Stream body, CancellationToken ct)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', table.Columns.Select(Quote)));
        var count = 0;
        await foreach (var row in table.Rows.WithCancellation(ct))
        {
            await writer.WriteLineAsync(string.Join(',', row.Select(v => Quote(Defused(Text(v))))));
            if (++count % RowsPerFlush == 0)
                await writer.FlushAsync(ct);
        }
    }

    private async Task WriteJsonAsync(Stream body, CancellationToken ct)
    {
        await using var writer = new Utf8JsonWriter(body);
        writer.WriteStartArray();
        var count = 0;
        await foreach (var row in table.Rows.WithCancellation(ct))
        {
            writer.WriteStartObject();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                writer.WritePropertyName(table.Columns[i]);
                WriteJsonValue(writer, row[i]);
            }
            writer.WriteEndObject();
            if (++count % RowsPerFlush == 0)
                await writer.FlushAsync(ct);
        }
        writer.WriteEndArray();
        await writer.FlushAsync(ct);
    }

    private static void WriteJsonValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int or long or decimal: writer.WriteRawValue(Convert.ToString(value, CultureInfo.InvariantCulture)!); break;
            default: writer.WriteStringValue(Text(value)); break;
        }
    }

    /// <summary>One way to write every value in both formats: ISO dates and times, invariant numbers, enum names.</summary>
    private static string Text(object? value) => value switch
    {
        null => "",
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset at => at.ToString("O", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Defused(string text) => SpreadsheetText.LooksLikeFormula(text) ? "'" + text : text;

    /// <summary>RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.</summary>
    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
