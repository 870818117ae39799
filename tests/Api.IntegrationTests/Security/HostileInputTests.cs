using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using PapiTracker.Api.IntegrationTests.Infrastructure;

namespace PapiTracker.Api.IntegrationTests.Security;

/// <summary>The inputs the contract fuzzer found answered with a 500, each pinned down by name: now a 4xx problem and no change.</summary>
public sealed class HostileInputTests : ApiTest
{
    private SecurityWorld _world = null!;

    [SetUp]
    public async Task ArrangeAsync() => _world = await SecurityWorld.ArrangeAsync(Client);

    [Test]
    public async Task ShouldRefuseANulCharacterInText_With400_NotADatabaseError()
    {
        var before = await DatabaseFingerprint.TakeAsync();
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/action-items/{_world.ActionId}")
        {
            Content = JsonContent.Create(new { textVi = "Phúc đáp", textEn = "a\u0000b", recurring = true }),
        };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Any);

        using var response = await Client.SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldRefuseANulCharacterInAQueryFilter_With400()
    {
        using var response = await Client.GetAsync("/api/v1/score-releases?framework=%00");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ShouldRefuseANulCharacterDeepInAnImportedCsv_AndWriteNothing()
    {
        var rows = string.Concat(Enumerable.Range(1, 40).Select(i => $"X{i:000},Commune,Xã số {i},,,,\n"));
        var csv = "code,kind,name_vi,name_en,parent_code,reports_to_code,active_from\n" + rows + "X999,Commune,Xã\u0000độc,,,,\n";
        var before = await DatabaseFingerprint.TakeAsync();

        using var response = await Client.PostAsync("/api/v1/org-units/import", Csv(Encoding.UTF8.GetBytes(csv), "units.csv"));

        ((int)response.StatusCode).ShouldBeInRange(400, 499);
        await response.ShouldBeProblemAsync(response.StatusCode);
        DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync()).ShouldBeEmpty();
    }

    [TestCase("/api/v1/org-units/import")]
    [TestCase("/api/v1/score-releases/import")]
    public async Task ShouldRefuseADamagedWorkbook_With415(string url)
    {
        byte[] damaged = [0x50, 0x4B, 0x03, 0x04, .. Enumerable.Range(0, 2000).Select(i => (byte)(i * 7))];

        using var response = await Client.PostAsync(url, Csv(damaged, "units.xlsx"));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task ShouldRefuseAMergeWithoutUnits_With400()
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/org-units/merge", new { successorId = _world.A1.Id, effectiveOn = "2025-07-01" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString()!.ShouldNotContain("PapiTracker");
    }

    [Test]
    public async Task ShouldRefuseAnActionWithoutItsRequiredFields_With400()
    {
        using var response = await Client.PostAsJsonAsync($"/api/v1/plans/{_world.PlanId}/actions", new { });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [TestCase("{}")]
    [TestCase("{\"narratives\":null}")]
    [TestCase("{\"narratives\":{\"1\":null}}")]
    public async Task ShouldRefuseADraftWithoutNarratives_With400(string body)
    {
        using var response = await Client.PutAsync($"/api/v1/report-obligations/{_world.ObligationB1Id}/submission",
            new StringContent(body, Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await Client.GetAsync($"/api/v1/report-obligations/{_world.ObligationB1Id}/submission")).StatusCode.ShouldNotBe(HttpStatusCode.InternalServerError);
    }

    [Test]
    public async Task ShouldRefuseAnEnumGivenAsANumber_ThatNoNameStandsFor()
    {
        using var response = await Client.PostAsync($"/api/v1/plans/{_world.PlanId}/status",
            new StringContent("{\"status\":99}", Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    /// <summary>A null where a list holds text or objects: the element types are not nullable, but JSON cannot say so.</summary>
    [TestCase("/api/v1/api-tokens", "{\"name\":\"x\",\"scopes\":[\"scores:read\",null],\"unitId\":UNIT,\"expiresAt\":\"2099-01-01T00:00:00Z\"}")]
    [TestCase("/api/v1/plans/PLAN/actions", "{\"code\":\"D8.z\",\"dimension\":\"8\",\"subDimensions\":[null],\"textVi\":\"x\",\"recurring\":true,\"leadUnitIds\":[UNIT]}")]
    [TestCase("/api/v1/plans", "{\"provinceId\":PROVINCE,\"titleVi\":\"x\",\"issuerVi\":\"x\",\"baselineYear\":2024,\"targetYear\":2025,\"targets\":[null]}")]
    [TestCase("/api/v1/plans/PLAN/reporting-periods", "{\"years\":[2021],\"schedule\":[null]}")]
    public async Task ShouldRefuseANullInsideAList_With400(string url, string body)
    {
        string Fill(string text) => text.Replace("UNIT", _world.A.Id.ToString()).Replace("PLAN", _world.PlanId.ToString()).Replace("PROVINCE", _world.Province.Id.ToString());
        var before = await DatabaseFingerprint.TakeAsync();

        using var response = await Client.PostAsync(Fill(url), new StringContent(Fill(body), Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync()).ShouldBeEmpty();
    }

    private static MultipartFormDataContent Csv(byte[] content, string fileName) => new() { { new ByteArrayContent(content), "file", fileName } };
}
