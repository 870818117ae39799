using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.ActionItems;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Documents;
using PapiTracker.Application.Reporting;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Documents;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Reporting;

namespace PapiTracker.Api.IntegrationTests.Reporting;

/// <summary>
/// Signed PDFs attached to reports and as evidence, through the real upload endpoints: a PDF signed in the test by a CA
/// made in the test, checked in every state the dashboard shows (valid, untrusted, modified, not signed, not checkable).
/// </summary>
public sealed class SignedDocumentTests : ApiTest
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    /// <summary>An hour ago to the second (a PDF date has no fractions), inside the test certificates' validity.</summary>
    private static readonly DateTimeOffset SigningTime = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 3600);
    private TestCa _ca = null!;
    private byte[] _signed = null!;
    private OrgUnit _district = null!;
    private OrgUnit _commune = null!;
    private int _planId;
    private int _actionId;
    private HttpClient _officer = null!;

    [OneTimeSetUp]
    public void MakeTheCa()
    {
        _ca = TestCa.Create();
        _signed = TestPdfs.Sign(TestPdfs.Unsigned("Ke hoach trien khai 15/KH-UBND"), _ca.Signer, [_ca.Intermediate], SigningTime);
    }

    [OneTimeTearDown]
    public void ForgetTheCa() => _ca.Dispose();

    [SetUp]
    public async Task ArrangeAsync()
    {
        foreach (var file in Directory.EnumerateFiles(TestRun.TrustDirectory))
            File.Delete(file);
        var province = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang");
        _district = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Việt Yên", province);
        _commune = await TestActors.UnitAsync(OrgUnitKind.Commune, "Thị trấn Nếnh", _district);
        (_planId, _actionId) = await TestActors.PlanAsync(province, _commune);
        _officer = await TestActors.ClientWithRoleAsync(Role.UnitOfficer, _commune.Id);
    }

    [TearDown]
    public void DisposeOfficer() => _officer.Dispose();

    [Test]
    public async Task ShouldShowAValidSignature_WhoSignedAndWhen_WhenTheSignerChainsToTheTrustList()
    {
        _ca.Trust(TestRun.TrustDirectory);
        var (obligation, submission) = await DraftAsync();

        var attachment = await AttachAsync(submission, _signed, "ke-hoach-ky-so.pdf");
        var report = await ReportAsync(obligation);

        var signature = attachment.Signature.ShouldNotBeNull();
        signature.State.ShouldBe(SignatureState.Valid);
        signature.Problem.ShouldBeNull();
        signature.SignatureCount.ShouldBe(1);
        signature.SignerSubject.ShouldNotBeNull().ShouldContain("CN=Nguyễn Văn An");
        signature.SignerOrganisation.ShouldBe("Sở Nội vụ tỉnh Bắc Giang");
        signature.SignedAt.ShouldBe(SigningTime);
        signature.TimestampedAt.ShouldBeNull("the test signer adds no timestamp token");
        signature.DigestMatches.ShouldBe(true);
        signature.ChangedAfterSigning.ShouldBe(false);
        signature.Trusted.ShouldBe(true);
        report.Attachments.ShouldHaveSingleItem().Signature.ShouldNotBeNull().State.ShouldBe(SignatureState.Valid);
    }

    [Test]
    public async Task ShouldSayModifiedAfterSigning_WhenOneSignedByteChanges_OrARevisionIsAddedAfter()
    {
        _ca.Trust(TestRun.TrustDirectory);
        var progress = await TestActors.ProgressAsync(_actionId, _commune);
        var oneByte = (byte[])_signed.Clone();
        var at = Encoding.Latin1.GetString(oneByte).IndexOf("15/KH-UBND", StringComparison.Ordinal);
        oneByte[at] = (byte)'6';
        var appended = _signed.Concat(Encoding.Latin1.GetBytes("6 0 obj\n<< /Type /Annot /Subtype /Text /Contents (sua sau khi ky) >>\nendobj\n%%EOF\n")).ToArray();

        var changed = await EvidenceAsync(progress, oneByte, "sua-mot-byte.pdf");
        var added = await EvidenceAsync(progress, appended, "them-sau-khi-ky.pdf");

        changed.Signature.ShouldNotBeNull().State.ShouldBe(SignatureState.ModifiedAfterSigning);
        changed.Signature.Problem.ShouldBe(SignatureProblem.DigestMismatch);
        changed.Signature.DigestMatches.ShouldBe(false);
        added.Signature.ShouldNotBeNull().State.ShouldBe(SignatureState.ModifiedAfterSigning);
        added.Signature.Problem.ShouldBe(SignatureProblem.ChangedAfterSigning);
        added.Signature.DigestMatches.ShouldBe(true, "the signed bytes themselves are intact");
        added.Signature.ChangedAfterSigning.ShouldBe(true);
        var log = (await _officer.GetFromJsonAsync<Application.Common.Models.PagedList<ActionProgressDto>>($"/api/v1/action-items/{_actionId}/progress", Json))!;
        log.Items.ShouldHaveSingleItem().Evidence.Select(e => e.Signature!.State).ShouldBe([SignatureState.ModifiedAfterSigning, SignatureState.ModifiedAfterSigning]);
    }

    [Test]
    public async Task ShouldSaySignedUntrusted_WhenTheCaIsNotInTheTrustList_AndValidOnceTheOperatorAddsIt()
    {
        using var other = TestCa.Create("Another Test Root CA");
        other.Trust(TestRun.TrustDirectory);
        var (obligation, submission) = await DraftAsync();

        var attachment = await AttachAsync(submission, _signed, "ke-hoach.pdf");
        _ca.Trust(TestRun.TrustDirectory);
        var recheck = await PostAsync<DocumentSignatureDto>(_officer, $"/api/v1/document-signatures/{attachment.Signature!.Sha256}/recheck");

        attachment.Signature.State.ShouldBe(SignatureState.SignedUntrusted);
        attachment.Signature.Problem.ShouldBe(SignatureProblem.ChainNotTrusted);
        attachment.Signature.Trusted.ShouldBe(false);
        attachment.Signature.DigestMatches.ShouldBe(true);
        attachment.Signature.SignerOrganisation.ShouldBe("Sở Nội vụ tỉnh Bắc Giang");
        recheck.State.ShouldBe(SignatureState.Valid);
        (await ReportAsync(obligation)).Attachments.ShouldHaveSingleItem().Signature!.State.ShouldBe(SignatureState.Valid);
    }

    [Test]
    public async Task ShouldSaySignedUntrusted_WithNoTrustListAtAll()
    {
        var attachment = await AttachAsync((await DraftAsync()).Submission, _signed, "ke-hoach.pdf");

        attachment.Signature.ShouldNotBeNull().State.ShouldBe(SignatureState.SignedUntrusted);
        attachment.Signature.Problem.ShouldBe(SignatureProblem.NoTrustList);
    }

    [Test]
    public async Task ShouldSayNotSigned_ForAnUnsignedPdf_AndCheckNothingInAnImage()
    {
        var progress = await TestActors.ProgressAsync(_actionId, _commune);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

        var unsigned = await EvidenceAsync(progress, TestPdfs.Unsigned("Bien ban hop"), "bien-ban.pdf");
        var image = await EvidenceAsync(progress, png, "anh.png");

        unsigned.Signature.ShouldNotBeNull().State.ShouldBe(SignatureState.NotSigned);
        unsigned.Signature.SignatureCount.ShouldBe(0);
        image.Signature.ShouldBeNull();
    }

    [Test]
    public async Task ShouldSayCouldNotCheck_WithWhy_ForADamagedFile()
    {
        _ca.Trust(TestRun.TrustDirectory);
        var (_, submission) = await DraftAsync();
        var truncated = _signed[..(_signed.Length - 200)];
        var garbage = Encoding.Latin1.GetBytes("%PDF-1.7\n" + new string('x', 500));

        var cut = await AttachAsync(submission, truncated, "bi-cat.pdf");
        var broken = await AttachAsync(submission, garbage, "hong.pdf");

        cut.Signature.ShouldNotBeNull().State.ShouldBe(SignatureState.CouldNotCheck);
        cut.Signature.Problem.ShouldBe(SignatureProblem.ByteRangeOutsideFile);
        broken.Signature.ShouldNotBeNull().State.ShouldBe(SignatureState.CouldNotCheck);
        broken.Signature.Problem.ShouldBe(SignatureProblem.NotReadablePdf);
    }

    [Test]
    public async Task ShouldSendAUnitPlanOnlyWithAValidSignature_WhenTheOperatorAsks()
    {
        await using var strict = TestRun.Factory.WithWebHostBuilder(b => b.UseSetting("Signatures:UnitPlanMustBeValid", "true"));
        var (_, obligations) = await TestActors.PeriodAsync(_planId, ReportingPeriodKind.UnitPlan, Today.AddDays(3), null, (_commune, _district));
        using var head = await TestActors.ClientForAsync(strict, await TestActors.UserAsync("head.strict", null, (Role.UnitHead, _commune.Id)));
        var (_, submission) = await DraftAsync(obligations[0]);
        var document = await AttachAsync(submission, _signed, "ke-hoach-15-kh-ubnd.pdf");
        await SaveAsync(obligations[0], new { narratives = new { }, unitPlan = new { number = "15/KH-UBND", issuedOn = Today, documentId = document.Id, committedActionIds = new[] { _actionId } } });

        using var untrusted = await head.PostAsync($"/api/v1/report-submissions/{submission}/submit", null);
        _ca.Trust(TestRun.TrustDirectory);
        await PostAsync<DocumentSignatureDto>(head, $"/api/v1/document-signatures/{document.Signature!.Sha256}/recheck");
        var sent = await PostAsync<SubmissionDto>(head, $"/api/v1/report-submissions/{submission}/submit");

        (await untrusted.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("SignedUntrusted");
        sent.Status.ShouldBe(SubmissionStatus.Submitted);
    }

    [Test]
    public async Task ShouldRecheckOnlyFilesTheCallerMaySee()
    {
        var attachment = await AttachAsync((await DraftAsync()).Submission, _signed, "ke-hoach.pdf");
        var stranger = await TestActors.ClientWithRoleAsync(Role.UnitOfficer, (await TestActors.UnitAsync(OrgUnitKind.Commune, "Xã khác", _district)).Id);

        using var elsewhere = await stranger.PostAsync($"/api/v1/document-signatures/{attachment.Signature!.Sha256}/recheck", null);
        using var notAHash = await _officer.PostAsync("/api/v1/document-signatures/abc/recheck", null);

        await elsewhere.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await notAHash.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    /// <summary>A draft report of the commune (of a new quarterly period unless the obligation is given).</summary>
    private async Task<(int Obligation, int Submission)> DraftAsync(int? obligation = null)
    {
        obligation ??= (await TestActors.PeriodAsync(_planId, Today.AddDays(3), null, (_commune, _district))).ObligationIds[0];
        return (obligation.Value, (await SaveAsync(obligation.Value, new { narratives = new Dictionary<string, string> { ["8"] = "Đã triển khai" } })).Id.ShouldNotBeNull());
    }

    private async Task<SubmissionDto> ReportAsync(int obligation) =>
        (await _officer.GetFromJsonAsync<SubmissionDto>($"/api/v1/report-obligations/{obligation}/submission", Json))!;

    private async Task<SubmissionDto> SaveAsync(int obligation, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/report-obligations/{obligation}/submission") { Content = JsonContent.Create(body, options: Json) };
        request.Headers.TryAddWithoutValidation("If-Match", "*");
        using var response = await _officer.SendAsync(request);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<SubmissionDto>(Json))!;
    }

    private async Task<AttachmentDto> AttachAsync(int submission, byte[] content, string fileName)
    {
        using var response = await _officer.PostAsync($"/api/v1/report-submissions/{submission}/attachments",
            new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } });
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<AttachmentDto>(Json))!;
    }

    private async Task<EvidenceDto> EvidenceAsync(long progress, byte[] content, string fileName)
    {
        using var response = await _officer.PostAsync($"/api/v1/action-progress/{progress}/evidence",
            new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } });
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<EvidenceDto>(Json))!;
    }
}
