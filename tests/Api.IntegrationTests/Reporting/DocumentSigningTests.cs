using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Reporting.Commands.SignConsolidatedReport;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Documents;
using PapiTracker.Infrastructure.Data;

namespace PapiTracker.Api.IntegrationTests.Reporting;

/// <summary>
/// The signing hook: the consolidated report's PDF goes to a signing service (here a signer made in the test, with its
/// own CA), and what comes back is kept as the signed version only when it is the document sent, validly signed.
/// </summary>
public sealed class DocumentSigningTests : ApiTest
{
    private TestCa _ca = null!;

    [OneTimeSetUp]
    public void MakeTheCa() => _ca = TestCa.Create();

    [OneTimeTearDown]
    public void ForgetTheCa() => _ca.Dispose();

    [SetUp]
    public void EmptyTheTrustList()
    {
        foreach (var file in Directory.EnumerateFiles(TestRun.TrustDirectory))
            File.Delete(file);
    }

    [Test]
    public async Task ShouldKeepTheSignedReport_AndServeIt_WhenTheServiceSignsItValidly()
    {
        _ca.Trust(TestRun.TrustDirectory);
        await using var api = WithSigner(pdf => TestPdfs.Sign(pdf, _ca.Signer, [_ca.Intermediate], DateTimeOffset.UtcNow.AddMinutes(-1)));
        using var admin = await AdminOfAsync(api);
        var (periodId, level) = await ConsolidatedReportDocumentTests.ApprovedLevelAsync(Client);

        using var response = await admin.PostAsync($"/api/v1/reporting-periods/{periodId}/levels/{level}/consolidated-report/signature?number=15", null);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var signed = (await response.Content.ReadFromJsonAsync<SignedDocumentDto>(Json))!;
        using var download = await admin.GetAsync($"/api/v1/signed-documents/{signed.Id}");

        signed.Signature.State.ShouldBe(SignatureState.Valid);
        signed.Signature.SignerOrganisation.ShouldBe("Sở Nội vụ tỉnh Bắc Giang");
        signed.FileName.ShouldEndWith("-da-ky.pdf");
        await download.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        bytes.Length.ShouldBe((int)signed.SizeBytes);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/signed-documents/{signed.Id}");
    }

    [Test]
    public async Task ShouldKeepNothing_WhenTheServiceAnswersWithAnotherDocument_OrAnUntrustedSignature()
    {
        await using var untrusted = WithSigner(pdf => TestPdfs.Sign(pdf, _ca.Signer, [_ca.Intermediate], DateTimeOffset.UtcNow.AddMinutes(-1)));
        await using var swapped = WithSigner(_ => TestPdfs.Sign(TestPdfs.Unsigned("Van ban khac"), _ca.Signer, [_ca.Intermediate], DateTimeOffset.UtcNow));
        using var byUntrusted = await AdminOfAsync(untrusted);
        using var bySwapped = await AdminOfAsync(swapped);
        var (periodId, level) = await ConsolidatedReportDocumentTests.ApprovedLevelAsync(Client);
        var url = $"/api/v1/reporting-periods/{periodId}/levels/{level}/consolidated-report/signature";

        using var notTrusted = await byUntrusted.PostAsync(url, null);
        _ca.Trust(TestRun.TrustDirectory);
        using var another = await bySwapped.PostAsync(url, null);
        using var noService = await Client.PostAsync(url, null);

        (await notTrusted.ShouldBeProblemAsync(HttpStatusCode.BadGateway)).GetProperty("detail").GetString()!.ShouldContain("SignedUntrusted");
        (await another.ShouldBeProblemAsync(HttpStatusCode.BadGateway)).GetProperty("detail").GetString()!.ShouldContain("not the document sent for signing");
        await noService.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().SignedDocuments.CountAsync()).ShouldBe(0);
    }

    private static WebApplicationFactory<Program> WithSigner(Func<byte[], byte[]> sign) =>
        TestRun.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(services => services.AddSingleton<IDocumentSigner>(new TestSigner(sign))));

    /// <summary>Signed in before the report's clock is set back to 2021: a session started then would have expired by now.</summary>
    private static async Task<HttpClient> AdminOfAsync(WebApplicationFactory<Program> api) =>
        await TestActors.ClientForAsync(api, await TestActors.UserAsync($"admin.{Guid.NewGuid():N}"[..20], null, (Role.SystemAdmin, null)));

    /// <summary>The province's signing service as the test plays it.</summary>
    private sealed class TestSigner(Func<byte[], byte[]> sign) : IDocumentSigner
    {
        public Task<byte[]> SignAsync(byte[] pdf, string fileName, CancellationToken cancellationToken) => Task.FromResult(sign(pdf));
    }
}
