using System.Net;
using System.Net.Http.Json;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Audit.Queries.GetAuditEntries;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Auditing;
using PapiTracker.Domain.Organization;
using PapiTracker.Application.OrgUnits;

namespace PapiTracker.Api.IntegrationTests.OrgUnits;

/// <summary>The document profile a coordinator keeps for a unit: kept whole, read back, audited, refused field by field.</summary>
public sealed class DocumentProfileTests : ApiTest
{
    private static readonly object HomeAffairs = new
    {
        symbol = "BC-SNV",
        signingAuthority = "KT. GIÁM ĐỐC",
        signerTitle = "PHÓ GIÁM ĐỐC",
        signerName = "Nguyễn Văn An",
        recipients = new[] { "UBND tỉnh (để báo cáo)", "Các sở, ban, ngành" },
    };

    [Test]
    public async Task ShouldKeepTheProfileAndAuditIt_WhenTheUnitsCoordinatorKeepsIt()
    {
        var province = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang");
        var department = await TestActors.UnitAsync(OrgUnitKind.Department, "Sở Nội vụ", province);
        var coordinator = await TestActors.ClientWithRoleAsync(Role.Coordinator, province.Id);

        using var kept = await coordinator.PutAsJsonAsync($"/api/v1/org-units/{department.Id}/document-profile", HomeAffairs, Json);
        await kept.ShouldHaveStatusAsync(HttpStatusCode.OK);
        using var changed = await coordinator.PutAsJsonAsync($"/api/v1/org-units/{department.Id}/document-profile",
            new { symbol = "BC-SNV", signerTitle = "GIÁM ĐỐC", signerName = "Trần Thị Bình", recipients = new[] { "UBND tỉnh" } }, Json);
        await changed.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var profile = (await coordinator.GetFromJsonAsync<DocumentProfileDto>($"/api/v1/org-units/{department.Id}/document-profile", Json))!;

        profile.ShouldBe(new DocumentProfileDto(department.Id, "BC-SNV", null, "GIÁM ĐỐC", "Trần Thị Bình", profile.Recipients));
        profile.Recipients.ShouldBe(["UBND tỉnh"]);
        var trail = (await GetAsync<AuditPageDto>($"/api/v1/audit?entityType=DocumentProfile&entityId={department.Id}")).Items;
        trail.Select(e => e.Action).ShouldBe([AuditAction.Updated, AuditAction.Created]);
        trail[0].Changes.ShouldContain("signerName");
    }

    [Test]
    public async Task ShouldRefuseTheProfileWithFieldErrorsAndWriteNothing_WhenItIsMalformed()
    {
        var province = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang");
        var department = await TestActors.UnitAsync(OrgUnitKind.Department, "Sở Nội vụ", province);

        using var refused = await Client.PutAsJsonAsync($"/api/v1/org-units/{department.Id}/document-profile", new
        {
            symbol = "bc/snv",
            signerTitle = "",
            signerName = new string('a', DocumentProfile.SignerNameMaxLength + 1),
            recipients = Enumerable.Range(1, DocumentProfile.MaxRecipients + 1).Select(i => $"Nơi nhận {i}").Append(" ").ToArray(),
        }, Json);
        using var none = await Client.GetAsync($"/api/v1/org-units/{department.Id}/document-profile");

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        fields.ShouldContain("symbol");
        fields.ShouldContain("signerTitle");
        fields.ShouldContain("signerName");
        fields.ShouldContain("recipients");
        fields.ShouldContain($"recipients[{DocumentProfile.MaxRecipients + 1}]");
        await none.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
