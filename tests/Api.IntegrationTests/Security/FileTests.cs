using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Domain.Access;

namespace PapiTracker.Api.IntegrationTests.Security;

/// <summary>
/// Uploads an attacker controls: names that try to leave their folder or break a header, zip bombs
/// dressed as workbooks, files far over the limit (on a real Kestrel server, where the limit is enforced
/// before the body is read), and the exports a spreadsheet would evaluate.
/// </summary>
public sealed class FileTests : ApiTest
{
    private SecurityWorld _world = null!;

    [SetUp]
    public async Task ArrangeAsync() => _world = await SecurityWorld.ArrangeAsync(Client);

    /// <summary>A multipart body written by hand, so the file name reaches the server exactly as an attacker typed it.</summary>
    private static ByteArrayContent RawUpload(string fileName, byte[] content)
    {
        const string boundary = "papi-boundary";
        var head = Encoding.UTF8.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{fileName}\"\r\nContent-Type: application/pdf\r\n\r\n");
        var tail = Encoding.UTF8.GetBytes($"\r\n--{boundary}--\r\n");
        var body = new ByteArrayContent([.. head, .. content, .. tail]);
        body.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={boundary}");
        return body;
    }

    [TestCase("../../../../etc/passwd.pdf")]
    [TestCase("..\\..\\Windows\\System32\\evil.pdf")]
    [TestCase("C:\\Users\\Public\\bien-ban.pdf")]
    [TestCase("bien\u0001ban\u007f.pdf")]
    [TestCase("....pdf")]
    [TestCase("biên bản họp; filename=evil.exe.pdf")]
    public async Task ShouldStoreAndServeAnUploadedName_WithoutFoldersOrControlCharacters(string fileName)
    {
        using var upload = await Client.PostAsync($"/api/v1/action-progress/{_world.ProgressId}/evidence", RawUpload(fileName, TestActors.Pdf));

        await upload.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var evidence = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement;
        var stored = evidence.GetProperty("fileName").GetString()!;
        using var download = await Client.GetAsync($"/api/v1/evidence/{evidence.GetProperty("id").GetInt64()}");
        await download.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var disposition = download.Content.Headers.ContentDisposition!;
        var served = disposition.FileNameStar ?? disposition.FileName!.Trim('"');

        foreach (var name in new[] { stored, served })
        {
            name.ShouldNotContain("/");
            name.ShouldNotContain("\\");
            name.ShouldNotContain("..");
            name.Any(char.IsControl).ShouldBeFalse($"'{name}' has a control character");
            name.ShouldEndWith(".pdf");
        }
        disposition.DispositionType.ShouldBe("attachment");
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
    }

    [Test]
    public async Task ShouldRefuseAControlCharacterInAHeaderBreakingName_NotServeIt()
    {
        using var upload = await Client.PostAsync($"/api/v1/action-progress/{_world.ProgressId}/evidence", RawUpload("a\rSet-Cookie: x=1.pdf", TestActors.Pdf));

        if (upload.StatusCode == HttpStatusCode.Created)
        {
            var id = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
            using var download = await Client.GetAsync($"/api/v1/evidence/{id}");
            await download.ShouldHaveStatusAsync(HttpStatusCode.OK);
            download.Headers.Contains("Set-Cookie").ShouldBeFalse();
        }
        else
        {
            ((int)upload.StatusCode).ShouldBeInRange(400, 499);
        }
    }

    private static readonly Lazy<byte[]> Bomb = new(ZipBomb);

    /// <summary>A workbook whose one sheet inflates from well under a megabyte to 80 MB of XML.</summary>
    private static byte[] ZipBomb()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string text)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
            Add("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            Add("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Add("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"r1\"/></sheets></workbook>");
            Add("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open());
            sheet.Write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>");
            var chunk = new string('A', 1024 * 1024);
            for (var i = 0; i < 80; i++)
                sheet.Write(chunk);
            sheet.Write("</t></is></c></row></sheetData></worksheet>");
        }
        return buffer.ToArray();
    }

    [TestCase("/api/v1/score-releases/import")]
    [TestCase("/api/v1/org-units/import")]
    public async Task ShouldRefuseAZipBombWorkbook_WithoutInflatingIt(string url)
    {
        var bomb = Bomb.Value;
        bomb.Length.ShouldBeLessThan(1024 * 1024, "the bomb is small on the wire");
        var before = await DatabaseFingerprint.TakeAsync();
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        using var response = await Client.PostAsync(url, new MultipartFormDataContent { { new ByteArrayContent(bomb), "file", "bom.xlsx" } });

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        ((int)response.StatusCode).ShouldBeInRange(400, 499);
        await response.ShouldBeProblemAsync(response.StatusCode);
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        allocated.ShouldBeLessThan(40L * 1024 * 1024, "the server inflated the bomb");
        DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldStoreAWorkbookBombAsEvidence_WithoutEverInflatingIt()
    {
        // Evidence is stored, not read: only the package directory is looked at, whatever the parts would inflate to.
        var bomb = Bomb.Value;
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        using var response = await Client.PostAsync($"/api/v1/action-progress/{_world.ProgressId}/evidence",
            new MultipartFormDataContent { { new ByteArrayContent(bomb), "file", "bang.xlsx" } });

        (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore).ShouldBeLessThan(40L * 1024 * 1024);
        ((int)response.StatusCode).ShouldBeLessThan(500);
    }

    /// <summary>
    /// Over a real socket to Kestrel (the in-memory test server enforces no request size limit): a
    /// 50 MB upload announced with Expect: 100-continue, as curl and browsers send large bodies, is
    /// answered 413 from its Content-Length alone; not one byte of the body is sent.
    /// </summary>
    [TestCase("/api/v1/action-progress/{0}/evidence", "lon.pdf")]
    [TestCase("/api/v1/score-releases/import", "lon.csv")]
    [TestCase("/api/v1/org-units/import", "lon.csv")]
    public async Task ShouldRefuseAFiftyMegabyteUpload_BeforeReadingIt_With413(string route, string fileName)
    {
        // The same signing key as the shared test server, so the admin's token is valid here too.
        var signingKey = TestRun.Factory.Services.GetRequiredService<IConfiguration>()["Auth:SigningKey"]!;
        await using var kestrel = new PapiApiFactory(TestRun.ConnectionString, ("Auth:SigningKey", signingKey));
        kestrel.UseKestrel(0);
        kestrel.StartServer();
        var server = kestrel.ClientOptions.BaseAddress;
        using var http = kestrel.CreateClient();
        var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, route, _world.ProgressId);
        var clock = Stopwatch.StartNew();

        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(http.BaseAddress!.Host, http.BaseAddress.Port);
        await using var stream = tcp.GetStream();
        var head = $"POST {path} HTTP/1.1\r\nHost: {http.BaseAddress.Authority}\r\n"
            + $"Authorization: {Client.DefaultRequestHeaders.Authorization}\r\n"
            + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 52428800\r\nExpect: 100-continue\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var statusLine = await reader.ReadLineAsync(timeout.Token);
        var headers = new List<string>();
        for (var line = await reader.ReadLineAsync(timeout.Token); !string.IsNullOrEmpty(line); line = await reader.ReadLineAsync(timeout.Token))
            headers.Add(line);

        clock.Stop();
        TestContext.Progress.WriteLine($"{path} on {server}: {statusLine} in {clock.ElapsedMilliseconds} ms; {string.Join(" | ", headers)}");
        statusLine.ShouldStartWith("HTTP/1.1 413");
        headers.ShouldContain(h => h.StartsWith("Content-Type: application/problem+json", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Tripwire: no operation exports CSV or XLSX yet, so there is nothing a spreadsheet could evaluate.
    /// When one appears, this fails until a test shows that cells starting with = + - @ (a unit name
    /// imported as "=HYPERLINK(...)") are exported as text, prefixed with an apostrophe.
    /// </summary>
    [Test]
    public async Task ShouldHaveAFormulaInjectionTest_ForEveryTableExport()
    {
        var document = JsonDocument.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        // Each export here has a test that writes text starting with =, +, - or @ and reads the file back.
        string[] covered =
        [
            "GET /api/v1/reporting-periods/{id}/levels/{unitId}/consolidated-report.xlsx", // DemoReportingFlowTests.ShouldWriteTheWorkbookSoThatNoCellRunsAsAFormula
            "GET /api/v1/exports/{kind}", // ExportTests.ShouldWriteUnitsAsCsvForExcel_QuotedAndWithNoFormula
        ];
        var exports = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Name: $"{op.Name.ToUpperInvariant()} {path.Name}", Operation: op.Value)))
            .Where(op => op.Operation.TryGetProperty("responses", out var responses) && responses.EnumerateObject()
                .Any(r => r.Value.TryGetProperty("content", out var content) && content.EnumerateObject()
                    .Any(c => c.Name.Contains("csv", StringComparison.OrdinalIgnoreCase) || c.Name.Contains("spreadsheet", StringComparison.OrdinalIgnoreCase))))
            .Select(op => op.Name)
            .ToList();

        // Uploaded evidence and report attachments (XLSX among their types) come back byte for byte as checked in at
        // upload: the server writes none of their cells.
        string[] storedUploads = ["GET /api/v1/evidence/{id}", "GET /api/v1/report-attachments/{id}"];

        exports.Except(covered).Except(storedUploads).ShouldBeEmpty("a CSV/XLSX export without a formula-injection test");
    }
}
