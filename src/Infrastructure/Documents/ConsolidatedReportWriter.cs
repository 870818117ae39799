using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Wordprocessing;
using PapiTracker.Application.Reporting.Queries.GetConsolidatedReport;
using PapiTracker.Domain.Plans;
using PapiTracker.Domain.Reporting;
using W = DocumentFormat.OpenXml.Wordprocessing;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace PapiTracker.Infrastructure.Documents;

/// <summary>
/// The consolidated report in the Vietnamese administrative style (Times New Roman 13, the heading block
/// of the issuing body and the national motto, numbered sections), and its tables as a workbook.
/// </summary>
internal sealed class ConsolidatedReportWriter : IConsolidatedReportWriter
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly TimeZoneInfo VietNam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public void WriteDocx(ConsolidatedReport report, Stream output)
    {
        using var document = WordprocessingDocument.Create(output, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var body = new Body();
        document.AddMainDocumentPart().Document = new Document(body);
        var today = TimeZoneInfo.ConvertTime(report.GeneratedAt, VietNam);

        body.Append(HeadingBlock(report.ProvinceNameVi, report.UnitNameVi));
        body.Append(Paragraph($"{report.ProvinceNameVi}, ngày {today:dd} tháng {today:MM} năm {today:yyyy}", italic: true, align: JustificationValues.Right));
        body.Append(Paragraph("BÁO CÁO TỔNG HỢP", bold: true, align: JustificationValues.Center));
        body.Append(Paragraph($"Kết quả thực hiện Kế hoạch nâng cao Chỉ số PAPI — {PeriodName(report.Period.Kind)} năm {report.Period.Year}",
            bold: true, align: JustificationValues.Center));
        body.Append(Paragraph($"(Hạn báo cáo: {report.Period.DueOn.ToString("dd/MM/yyyy", Vi)}; chỉ tổng hợp nội dung các báo cáo đã được duyệt)",
            italic: true, align: JustificationValues.Center));

        body.Append(Paragraph("I. TÌNH HÌNH BÁO CÁO", bold: true));
        var c = report.Counts;
        body.Append(Table(["Phải báo cáo", "Đã gửi", "Đúng hạn", "Trễ hạn", "Chưa gửi (quá hạn khóa)", "Bị trả lại", "Đã duyệt"],
            [[Number(c.Expected), Number(c.Submitted), Number(c.OnTime), Number(c.Late), Number(c.Missing), Number(c.Returned), Number(c.Approved)]]));
        body.Append(Paragraph($"Đơn vị gửi trễ hạn: {Names(report.Reporters.Where(r => r.OnTime == false))}"));
        body.Append(Paragraph($"Đơn vị chưa gửi báo cáo: {Names(report.Reporters.Where(r => r.Missing || r.Status is null or SubmissionStatus.Draft))}"));
        if (report.LevelApprovedAt is { } approvedAt)
            body.Append(Paragraph($"Cấp tổng hợp đã được duyệt lúc {Time(approvedAt)}" +
                (report.LevelOverrideReason is { } reason ? $" (duyệt khi còn báo cáo chưa duyệt; lý do: {reason})" : "") + "."));

        body.Append(Paragraph("II. KẾT QUẢ THEO TỪNG LĨNH VỰC NỘI DUNG", bold: true));
        foreach (var dimension in report.Dimensions)
        {
            body.Append(Paragraph($"{dimension.Code}. {dimension.NameVi}", bold: true));
            if (dimension.Narratives.Count == 0)
                body.Append(Paragraph("Chưa có nội dung báo cáo được duyệt.", italic: true));
            foreach (var narrative in dimension.Narratives)
                body.Append(Paragraph($"– {narrative.UnitNameVi}: {narrative.Text}"));
        }

        body.Append(Paragraph("III. TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ", bold: true));
        body.Append(Paragraph("1. Theo tình trạng", bold: true));
        body.Append(Table(["Tình trạng", "Số lượt nhiệm vụ"],
            report.Actions.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => new[] { ActionStatusName(g.Key), Number(g.Count()) }).ToList()));
        body.Append(Paragraph("2. Theo đơn vị", bold: true));
        body.Append(Table(["Đơn vị", "Mã", "Nhiệm vụ", "Vai trò", "Tình trạng", "%"],
            report.Actions.Select(a => new[] { a.UnitNameVi, a.Code, a.TextVi, RoleName(a.Role), ActionStatusName(a.Status), a.Percent?.ToString(Vi) ?? "" }).ToList()));

        body.Append(Paragraph("IV. NGUỒN SỐ LIỆU", bold: true));
        body.Append(Table(["Đơn vị", "Báo cáo số", "Phiên bản", "Gửi lúc", "Duyệt lúc"],
            report.Reporters.Where(r => r.Version is not null)
                .Select(r => new[] { r.UnitNameVi, r.SubmissionId!.Value.ToString(Vi), r.Version!.Value.ToString(Vi), Time(r.SubmittedAt), Time(r.ApprovedAt) }).ToList()));
        body.Append(Paragraph($"Báo cáo do PapiTracker lập lúc {Time(report.GeneratedAt)}.", italic: true));

        body.Append(new SectionProperties(
            new W.PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 1134, Header = 720, Footer = 720, Gutter = 0 }));
    }

    public void WriteXlsx(ConsolidatedReport report, Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        AddSheet(workbook, "Hoan thanh", ["Đơn vị", "Tình trạng", "Đúng hạn", "Chưa gửi", "Báo cáo số", "Phiên bản", "Gửi lúc", "Duyệt lúc"],
            report.Reporters.Select(r => new[]
            {
                r.UnitNameVi, SubmissionStatusName(r.Status), r.OnTime switch { true => "Đúng hạn", false => "Trễ hạn", null => "" }, r.Missing ? "Thiếu" : "",
                r.SubmissionId?.ToString(Vi) ?? "", r.Version?.ToString(Vi) ?? "", Time(r.SubmittedAt), Time(r.ApprovedAt),
            }).ToList());
        AddSheet(workbook, "Nhiem vu", ["Đơn vị", "Mã", "Nhiệm vụ", "Vai trò", "Tình trạng", "%"],
            report.Actions.Select(a => new[] { a.UnitNameVi, a.Code, a.TextVi, RoleName(a.Role), ActionStatusName(a.Status), a.Percent?.ToString(Vi) ?? "" }).ToList());
    }

    private static W.Table HeadingBlock(string province, string unit)
    {
        var table = new W.Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }), Grid(2));
        table.Append(new W.TableRow(
            new W.TableCell(Paragraph($"UBND TỈNH {province.ToUpper(Vi)}", align: JustificationValues.Center),
                Paragraph(unit.ToUpper(Vi), bold: true, align: JustificationValues.Center)),
            new W.TableCell(Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, align: JustificationValues.Center),
                Paragraph("Độc lập - Tự do - Hạnh phúc", bold: true, align: JustificationValues.Center))));
        return table;
    }

    private static W.Table Table(string[] headers, IReadOnlyList<string[]> rows)
    {
        var border = new TableBorders(
            new W.TopBorder { Val = BorderValues.Single, Size = 4 }, new W.LeftBorder { Val = BorderValues.Single, Size = 4 },
            new W.BottomBorder { Val = BorderValues.Single, Size = 4 }, new W.RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new W.Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, border), Grid(headers.Length));
        table.Append(new W.TableRow(headers.Select(h => new W.TableCell(Paragraph(h, bold: true, align: JustificationValues.Center)))));
        if (rows.Count == 0)
            table.Append(new W.TableRow(headers.Select((_, i) => new W.TableCell(Paragraph(i == 0 ? "Không có" : "")))));
        foreach (var row in rows)
            table.Append(new W.TableRow(row.Select(text => new W.TableCell(Paragraph(text)))));
        return table;
    }

    /// <summary>Equal columns across the text width (A4 less the margins: 9071 twentieths of a point).</summary>
    private static TableGrid Grid(int columns) => new(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = (9071 / columns).ToString(CultureInfo.InvariantCulture) }));

    private static W.Paragraph Paragraph(string text, bool bold = false, bool italic = false, JustificationValues? align = null)
    {
        // Child order is the schema's: fonts, bold, italic, size.
        var properties = new W.RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" });
        if (bold)
            properties.Append(new W.Bold());
        if (italic)
            properties.Append(new W.Italic());
        properties.Append(new W.FontSize { Val = "26" });
        var paragraph = new W.Paragraph(new W.Run(properties, new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (align is { } justification)
            paragraph.PrependChild(new ParagraphProperties(new Justification { Val = justification }));
        return paragraph;
    }

    private static void AddSheet(WorkbookPart workbook, string name, string[] headers, IReadOnlyList<string[]> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.Append(Row(headers, header: true));
        foreach (var row in rows)
            data.Append(Row(row, header: false));
        part.Worksheet = new Worksheet(data);
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)sheets.Count() + 1, Name = name });
    }

    /// <summary>
    /// Every cell is text written inline, never a formula; text that Excel would take for one when retyped
    /// (starting with =, +, -, @) also gets the quote-prefix style, so it stays text.
    /// </summary>
    private static X.Row Row(IEnumerable<string> cells, bool header) => new(cells.Select(text => new X.Cell
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new X.Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = header ? 1u : text.Length > 0 && "=+-@".Contains(text[0]) ? 2u : 0u,
    }));

    private static Stylesheet Styles() => new(
        new X.Fonts(new X.Font(), new X.Font(new X.Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new X.Borders(new X.Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }, new CellFormat { QuotePrefix = true }) { Count = 3 });

    private static string Number(int value) => value.ToString(Vi);

    private static string Time(DateTimeOffset? at) => at is { } value ? TimeZoneInfo.ConvertTime(value, VietNam).ToString("HH:mm dd/MM/yyyy", Vi) : "";

    private static string Names(IEnumerable<ReporterState> reporters) =>
        reporters.Select(r => r.UnitNameVi).ToList() is { Count: > 0 } names ? string.Join(", ", names) + "." : "không có.";

    private static string PeriodName(ReportingPeriodKind kind) => kind switch
    {
        ReportingPeriodKind.Quarterly => "báo cáo quý",
        ReportingPeriodKind.HalfYear => "báo cáo 6 tháng",
        ReportingPeriodKind.ThirdQuarter => "báo cáo 9 tháng",
        ReportingPeriodKind.Annual => "báo cáo năm",
        _ => "kế hoạch triển khai",
    };

    private static string SubmissionStatusName(SubmissionStatus? status) => status switch
    {
        null => "Chưa gửi",
        SubmissionStatus.Draft => "Đang soạn",
        SubmissionStatus.Submitted => "Đã gửi, chờ duyệt",
        SubmissionStatus.Returned => "Bị trả lại",
        _ => "Đã duyệt",
    };

    private static string ActionStatusName(ActionStatus? status) => status switch
    {
        null => "Chưa báo cáo",
        ActionStatus.NotStarted => "Chưa thực hiện",
        ActionStatus.InProgress => "Đang thực hiện",
        ActionStatus.Completed => "Hoàn thành",
        _ => "Tạm dừng",
    };

    private static string RoleName(ActionUnitRole role) => role == ActionUnitRole.Lead ? "Chủ trì" : "Phối hợp";
}
