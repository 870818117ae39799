using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.ActionItems;
using PapiTracker.Application.Common.Models;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Api.IntegrationTests.Plans;

/// <summary>Evidence on progress reports: accepted types by content, size limit, downloads only within scope.</summary>
public sealed class EvidenceTests : ApiTest
{
    private OrgUnit _vietYen = null!;
    private OrgUnit _hiepHoa = null!;
    private OrgUnit _province = null!;
    private int _actionId;
    private long _progressId;

    [SetUp]
    public async Task ArrangeAsync()
    {
        _province = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang");
        _vietYen = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Việt Yên", _province);
        _hiepHoa = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Hiệp Hòa", _province);
        (_, _actionId) = await TestActors.PlanAsync(_province, _vietYen);
        _progressId = await TestActors.ProgressAsync(_actionId, _vietYen);
    }

    [Test]
    public async Task ShouldStoreAPdf_ListItOnTheReport_AndServeItBackInScope()
    {
        var officer = await TestActors.ClientWithRoleAsync(Role.UnitOfficer, _vietYen.Id);

        using var upload = await Upload(officer, TestActors.Pdf, "bien-ban-hop.pdf");

        await upload.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var evidence = (await upload.Content.ReadFromJsonAsync<EvidenceDto>(Json))!;
        evidence.ContentType.ShouldBe("application/pdf");
        var log = await GetAsync<PagedList<ActionProgressDto>>($"/api/v1/action-items/{_actionId}/progress");
        log.Items.ShouldHaveSingleItem().Evidence.ShouldHaveSingleItem().FileName.ShouldBe("bien-ban-hop.pdf");
        using var download = await officer.GetAsync($"/api/v1/evidence/{evidence.Id}");
        await download.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(TestActors.Pdf);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
    }

    [Test]
    public async Task ShouldAcceptARealDocx_AndRefuseAZipCalledDocx()
    {
        using var docx = await Upload(Client, OfficePackage("word/document.xml"), "bao-cao.docx");
        using var fake = await Upload(Client, OfficePackage("other.xml"), "bao-cao.docx");

        await docx.ShouldHaveStatusAsync(HttpStatusCode.Created);
        await fake.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [TestCase("anh.pdf")]
    [TestCase("chuong-trinh.exe")]
    [TestCase("anh.jpg")]
    public async Task ShouldRefuseContentThatIsNotWhatItsNameSays_With415(string fileName)
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

        using var response = await Upload(Client, png, fileName);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task ShouldRefuseAFileOverTwentyMegabytes_With413()
    {
        var big = new byte[(20 * 1024 * 1024) + 1];
        TestActors.Pdf.CopyTo(big, 0);

        using var response = await Upload(Client, big, "lon.pdf");

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task ShouldKeepEvidenceFromOtherDistricts()
    {
        var evidenceId = await TestActors.EvidenceAsync(_progressId, _vietYen);
        var other = await TestActors.ClientWithRoleAsync(Role.UnitOfficer, _hiepHoa.Id);
        var leader = await TestActors.ClientWithRoleAsync(Role.Viewer, _province.Id);

        using var download = await other.GetAsync($"/api/v1/evidence/{evidenceId}");
        using var upload = await Upload(other, TestActors.Pdf, "gia-mao.pdf");
        var log = (await other.GetFromJsonAsync<PagedList<ActionProgressDto>>($"/api/v1/action-items/{_actionId}/progress", Json))!;
        using var leaderDownload = await leader.GetAsync($"/api/v1/evidence/{evidenceId}");

        await download.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await upload.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        log.TotalCount.ShouldBe(0, "another district's reports are not shown");
        await leaderDownload.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    private Task<HttpResponseMessage> Upload(HttpClient client, byte[] content, string fileName) =>
        client.PostAsync($"/api/v1/action-progress/{_progressId}/evidence", new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } });

    private static byte[] OfficePackage(string mainPart)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in new[] { "[Content_Types].xml", mainPart })
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("<xml/>");
            }
        }
        return stream.ToArray();
    }
}
