using System.Net;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.ScoreReleases;

namespace PapiTracker.Api.IntegrationTests.ScoreReleases;

/// <summary>The same columns as an Excel workbook import to the same result as the CSV.</summary>
public sealed class XlsxImportTests : ApiTest
{
    [Test]
    public async Task ShouldImportTheOfficialScoresFromXlsx_AsFromCsv()
    {
        await Client.EnsureOfficialProvincesAsync();
        var lines = await File.ReadAllLinesAsync(ReferenceFiles.OfficialScores);
        var workbook = Workbook(lines.Select(l => l.Split(',')));

        using var response = await Client.UploadScoresAsync(workbook, "papi.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var ranking = await GetAsync<PagedList<RankingRowDto>>("/api/v1/score-releases/2020/rankings");
        var bacGiang = ranking.Items.Single(r => r.ProvinceNameVi == "Bắc Giang");
        (bacGiang.Score, bacGiang.Rank, bacGiang.RankedOf, bacGiang.ScoreDelta).ShouldBe((44.317182244m, 13, 63, -1.725595949m));
    }

    [Test]
    public async Task ShouldRefuseTextInANumberCell_ByRowAndColumn()
    {
        var header = ScoreFileUploads.Header.Split(',');
        var row = ScoreFileUploads.Row(2020, "Bắc Giang", "Bac Giang", 1.5m).Split(',');
        row[5] = "n/a";

        using var response = await Client.UploadScoresAsync(Workbook([header, row]), "papi.xlsx");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("row 2, 1.3", out _).ShouldBeTrue();
    }

    /// <summary>Numbers as numeric cells and text as shared strings, as Excel writes them.</summary>
    private static byte[] Workbook(IEnumerable<string[]> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var strings = workbookPart.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint rowIndex = 0;
            foreach (var cells in rows)
            {
                var row = new Row { RowIndex = ++rowIndex };
                foreach (var (text, column) in cells.Select((t, i) => (t, i)))
                {
                    if (text.Length == 0)
                        continue;
                    var reference = $"{ColumnName(column)}{rowIndex}";
                    row.Append(double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out _)
                        ? new Cell { CellReference = reference, CellValue = new CellValue(text) }
                        : new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(SharedString(strings, text)) });
                }
                data.Append(row);
            }
            sheetPart.Worksheet = new Worksheet(data);
            workbookPart.Workbook.AppendChild(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = "PAPI" }));
        }
        return stream.ToArray();
    }

    private static int SharedString(SharedStringTablePart part, string text)
    {
        part.SharedStringTable.AppendChild(new SharedStringItem(new Text(text)));
        return part.SharedStringTable.ChildElements.Count - 1;
    }

    private static string ColumnName(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : $"{(char)('A' + index / 26 - 1)}{(char)('A' + index % 26)}";
}
