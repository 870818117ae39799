using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Wordprocessing;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Reporting.Queries.GetConsolidatedReport;
using PapiTracker.Domain.Plans;
using PapiTracker.Domain.Reporting;
using W = DocumentFormat.OpenXml.Wordprocessing;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace PapiTracker.Infrastructure.Documents;

/// <summary>
/// The consolidated report laid out as Decree 30/2020/NĐ-CP sets out an administrative document (A4, Times New Roman,
/// the two-column heading, number and symbol, the signer's block, Nơi nhận, page numbers from page 2), and its tables
/// as a workbook.
/// </summary>
internal sealed class ConsolidatedReportWriter : IConsolidatedReportWriter
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly TimeZoneInfo VietNam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    // Decree 30/2020, Appendix I: A4 portrait; margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
    // Twentieths of a point: 1 mm = 56.7.
    private const int PageWidth = 11906, PageHeight = 16838;
    private const int MarginTop = 1134, MarginBottom = 1134, MarginLeft = 1701, MarginRight = 1134;
    private const int TextWidth = PageWidth - MarginLeft - MarginRight;

    // The heading's left column (issuing body, number and symbol) is the narrower; the right holds the national name.
    private const int HeadingLeftWidth = 3402;

    // Half-points: body 13–14 pt (14 here), the national name 12–13 (12, so that it holds on one line), Nơi nhận 12 and its entries 11, tables 12.
    private const int BodySize = 28, NationalNameSize = 24, IssuerSize = 26, RecipientsTitleSize = 24, RecipientSize = 22, TableSize = 24;

    public void WriteDocx(ConsolidatedReport report, Stream output)
    {
        using var document = WordprocessingDocument.Create(output, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = DefaultStyles();
        var body = new Body();
        main.Document = new Document(body);
        var today = TimeZoneInfo.ConvertTime(report.GeneratedAt, VietNam);

        body.Append(HeadingTable(report, today));
        body.Append(Line("BÁO CÁO", Bold, JustificationValues.Center, before: 360));
        body.Append(Line($"Tổng hợp kết quả thực hiện Kế hoạch nâng cao Chỉ số PAPI, {PeriodName(report.Period.Kind)} năm {report.Period.Year}",
            Bold, JustificationValues.Center));
        body.Append(Line($"(Hạn báo cáo: {report.Period.DueOn.ToString("dd/MM/yyyy", Vi)}; chỉ tổng hợp nội dung các báo cáo đã được duyệt)",
            Italic, JustificationValues.Center, after: 240));

        body.Append(Heading("I. TÌNH HÌNH BÁO CÁO"));
        var c = report.Counts;
        body.Append(Table(["Phải báo cáo", "Đã gửi", "Đúng hạn", "Trễ hạn", "Chưa gửi (quá hạn khóa)", "Bị trả lại", "Đã duyệt"],
            [[Number(c.Expected), Number(c.Submitted), Number(c.OnTime), Number(c.Late), Number(c.Missing), Number(c.Returned), Number(c.Approved)]]));
        body.Append(Text($"Đơn vị gửi trễ hạn: {Names(report.Reporters.Where(r => r.OnTime == false))}"));
        body.Append(Text($"Đơn vị chưa gửi báo cáo: {Names(report.Reporters.Where(r => r.Missing || r.Status is null or SubmissionStatus.Draft))}"));
        if (report.LevelApprovedAt is { } approvedAt)
            body.Append(Text($"Cấp tổng hợp đã được duyệt lúc {Time(approvedAt)}" +
                (report.LevelOverrideReason is { } reason ? $" (duyệt khi còn báo cáo chưa duyệt; lý do: {reason})" : "") + "."));

        body.Append(Heading("II. KẾT QUẢ THEO TỪNG LĨNH VỰC NỘI DUNG"));
        foreach (var dimension in report.Dimensions)
        {
            body.Append(Heading($"{dimension.Code}. {dimension.NameVi}"));
            if (dimension.Narratives.Count == 0)
                body.Append(Text("Chưa có nội dung báo cáo được duyệt.", Italic));
            foreach (var narrative in dimension.Narratives)
                body.Append(Text($"– {narrative.UnitNameVi}: {narrative.Text}"));
        }

        body.Append(Heading("III. TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ"));
        body.Append(Heading("1. Theo tình trạng"));
        body.Append(Table(["Tình trạng", "Số lượt nhiệm vụ"],
            report.Actions.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => new[] { ActionStatusName(g.Key), Number(g.Count()) }).ToList()));
        body.Append(Heading("2. Theo đơn vị"));
        body.Append(Table(["Đơn vị", "Mã", "Nhiệm vụ", "Vai trò", "Tình trạng", "%"],
            report.Actions.Select(a => new[] { a.UnitNameVi, a.Code, a.TextVi, RoleName(a.Role), ActionStatusName(a.Status), a.Percent?.ToString(Vi) ?? "" }).ToList()));

        body.Append(Heading("IV. NGUỒN SỐ LIỆU"));
        body.Append(Table(["Đơn vị", "Báo cáo số", "Phiên bản", "Gửi lúc", "Duyệt lúc"],
            report.Reporters.Where(r => r.Version is not null)
                .Select(r => new[] { r.UnitNameVi, r.SubmissionId!.Value.ToString(Vi), r.Version!.Value.ToString(Vi), Time(r.SubmittedAt), Time(r.ApprovedAt) }).ToList()));
        body.Append(Text("Báo cáo do PapiTracker lập từ các báo cáo đã được duyệt.", Italic));

        body.Append(SignatureTable(report.Issue));
        body.Append(Section(main));
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

    /// <summary>
    /// The decree's heading: a borderless two-column table. Left, the superior body and the issuing body, then the
    /// number and symbol; right, the national name and the motto (underlined), then place and date in italics.
    /// </summary>
    private static W.Table HeadingTable(ConsolidatedReport report, DateTimeOffset day)
    {
        var number = report.Issue.Number?.ToString(CultureInfo.InvariantCulture) ?? "      ";
        var symbol = report.Issue.Symbol ?? "BC";
        var table = BorderlessTable(HeadingLeftWidth, TextWidth - HeadingLeftWidth);
        table.Append(
            new W.TableRow(
                Cell(HeadingLeftWidth,
                    Line(report.SuperiorBodyVi.ToUpper(Vi), Regular with { HalfPoints = IssuerSize }, JustificationValues.Center),
                    Line(report.UnitNameVi.ToUpper(Vi), Bold with { HalfPoints = IssuerSize }, JustificationValues.Center)),
                Cell(TextWidth - HeadingLeftWidth,
                    Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Bold with { HalfPoints = NationalNameSize }, JustificationValues.Center),
                    Line("Độc lập - Tự do - Hạnh phúc", Bold with { Underline = true }, JustificationValues.Center))),
            new W.TableRow(
                Cell(HeadingLeftWidth, Line($"Số: {number}/{symbol}", Regular with { HalfPoints = IssuerSize }, JustificationValues.Center, before: 120)),
                Cell(TextWidth - HeadingLeftWidth,
                    Line($"{report.ProvinceNameVi}, ngày {day:dd} tháng {day:MM} năm {day:yyyy}", Italic, JustificationValues.Center, before: 120))));
        return table;
    }

    /// <summary>
    /// Nơi nhận at the bottom left (12 pt, its entries 11 pt, ending with the office's file copy); on the right the
    /// signer's authority, title, room for the signature and seal, and name. Blank lines where no profile says who.
    /// </summary>
    private static W.Table SignatureTable(DocumentIssue issue)
    {
        const int left = TextWidth / 2;
        var recipients = new List<W.Paragraph> { Line("Nơi nhận:", Bold with { Italic = true, HalfPoints = RecipientsTitleSize }, before: 240) };
        recipients.AddRange(issue.Recipients.Append("Lưu: VT").Select((recipient, i) =>
            Line($"- {recipient}{(i == issue.Recipients.Count ? "." : ";")}", Regular with { HalfPoints = RecipientSize })));

        var signer = new List<W.Paragraph>();
        if (issue.SigningAuthority is { } authority)
            signer.Add(Line(authority.ToUpper(Vi), Bold, JustificationValues.Center, before: 240));
        signer.Add(Line(issue.SignerTitle?.ToUpper(Vi) ?? "", Bold, JustificationValues.Center, before: issue.SigningAuthority is null ? 240 : 0));
        // Room for the signature and the seal.
        signer.AddRange(Enumerable.Range(0, 4).Select(_ => Line("", Regular)));
        signer.Add(Line(issue.SignerName ?? "", Bold, JustificationValues.Center));

        var table = BorderlessTable(left, TextWidth - left);
        table.Append(new W.TableRow(Cell(left, [.. recipients]), Cell(TextWidth - left, [.. signer])));
        return table;
    }

    /// <summary>A4 portrait with the decree's margins; the page number at the top centre of every page but the first.</summary>
    private static SectionProperties Section(MainDocumentPart main)
    {
        var numbered = main.AddNewPart<HeaderPart>();
        numbered.Header = new W.Header(new W.Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new SimpleField(new W.Run(new W.Text("2"))) { Instruction = " PAGE " }));
        var first = main.AddNewPart<HeaderPart>();
        first.Header = new W.Header(new W.Paragraph());
        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(numbered) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(first) },
            new W.PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Portrait },
            new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = MarginLeft, Right = MarginRight, Header = 567, Footer = 567, Gutter = 0 },
            new TitlePage());
    }

    /// <summary>Times New Roman 14 pt for everything not told otherwise (page numbers included), single-spaced, in Vietnamese.</summary>
    private static Styles DefaultStyles() => new(new DocDefaults(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
            new W.FontSize { Val = BodySize.ToString(CultureInfo.InvariantCulture) },
            new Languages { Val = "vi-VN" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));

    private static W.Table BorderlessTable(params int[] widths) => new(
        new TableProperties(
            new TableWidth { Width = TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed }),
        new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

    private static W.TableCell Cell(int width, params W.Paragraph[] paragraphs) =>
        new(new OpenXmlElement[] { new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }) }
            .Concat(paragraphs));

    private static W.Table Table(string[] headers, IReadOnlyList<string[]> rows)
    {
        var border = new TableBorders(
            new W.TopBorder { Val = BorderValues.Single, Size = 4 }, new W.LeftBorder { Val = BorderValues.Single, Size = 4 },
            new W.BottomBorder { Val = BorderValues.Single, Size = 4 }, new W.RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var width = TextWidth / headers.Length;
        var table = new W.Table(
            new TableProperties(new TableWidth { Width = TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }, border),
            new TableGrid(headers.Select(_ => new GridColumn { Width = width.ToString(CultureInfo.InvariantCulture) })));
        var cellText = Regular with { HalfPoints = TableSize };
        table.Append(new W.TableRow(headers.Select(h => Cell(width, Line(h, cellText with { Bold = true }, JustificationValues.Center)))));
        if (rows.Count == 0)
            table.Append(new W.TableRow(headers.Select((_, i) => Cell(width, Line(i == 0 ? "Không có" : "", cellText)))));
        foreach (var row in rows)
            table.Append(new W.TableRow(row.Select(text => Cell(width, Line(text, cellText)))));
        return table;
    }

    /// <summary>How a run of text looks: weight, slant, underline and size in half-points.</summary>
    private sealed record Look(bool Bold, bool Italic, bool Underline, int HalfPoints);

    private static readonly Look Regular = new(false, false, false, BodySize);
    private static readonly Look Bold = Regular with { Bold = true };
    private static readonly Look Italic = Regular with { Italic = true };

    /// <summary>A body paragraph: justified, its first line indented 1 cm, 6 pt after.</summary>
    private static W.Paragraph Text(string text, Look? look = null)
    {
        var paragraph = Line(text, look ?? Regular, JustificationValues.Both, after: 120);
        var properties = paragraph.ParagraphProperties!;
        properties.InsertAfter(new Indentation { FirstLine = "567" }, properties.SpacingBetweenLines);
        return paragraph;
    }

    private static W.Paragraph Heading(string text) => Line(text, Bold, JustificationValues.Both, before: 120, after: 120);

    private static W.Paragraph Line(string text, Look look, JustificationValues? align = null, int before = 0, int after = 0)
    {
        // Child order is the schema's: bold, italic, size, underline.
        var properties = new W.RunProperties();
        if (look.Bold)
            properties.Append(new W.Bold());
        if (look.Italic)
            properties.Append(new W.Italic());
        properties.Append(new W.FontSize { Val = look.HalfPoints.ToString(CultureInfo.InvariantCulture) });
        if (look.Underline)
            properties.Append(new W.Underline { Val = W.UnderlineValues.Single });
        var paragraphProperties = new ParagraphProperties(
            new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = after.ToString(CultureInfo.InvariantCulture) });
        if (align is { } justification)
            paragraphProperties.Append(new Justification { Val = justification });
        return new W.Paragraph(paragraphProperties, new W.Run(properties, new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
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
        StyleIndex = header ? 1u : SpreadsheetText.LooksLikeFormula(text) ? 2u : 0u,
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
