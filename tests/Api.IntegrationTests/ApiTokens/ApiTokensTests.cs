using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.ApiTokens;
using PapiTracker.Application.ApiTokens.Commands.CreateApiToken;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.OrgUnits;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;
using PapiTracker.Infrastructure.Data;

namespace PapiTracker.Api.IntegrationTests.ApiTokens;

public sealed class ApiTokensTests : ApiTest
{
    private OrgUnit _province = null!;
    private OrgUnit _vietYen = null!;
    private OrgUnit _hiepHoa = null!;

    [SetUp]
    public async Task ArrangeAsync()
    {
        _province = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang");
        _vietYen = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Việt Yên", _province);
        _hiepHoa = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Hiệp Hòa", _province);
    }

    [Test]
    public async Task ShouldShowTheSecretOnce_AndStoreOnlyItsHash()
    {
        var created = await CreateAsync(["units:read"], _vietYen.Id);

        created.Secret.ShouldStartWith("papi_");
        var listed = await GetAsync<PagedList<ApiTokenDto>>("/api/v1/api-tokens");
        listed.Items.ShouldHaveSingleItem().Prefix.ShouldBe(created.Secret[..12]);
        (await Client.GetStringAsync("/api/v1/api-tokens")).ShouldNotContain(created.Secret);
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().ApiTokens.SingleAsync();
        stored.SecretHash.ShouldBe(ApiTokenSecrets.Hash(created.Secret));
    }

    [Test]
    public async Task ShouldLetATokenReadOnlyItsSubtree_AndOnlyWithItsScopes()
    {
        var created = await CreateAsync(["units:read"], _vietYen.Id);
        using var integration = TestActors.ClientWithApiKey(created.Secret);

        var units = await integration.GetFromJsonAsync<PagedList<OrgUnitDto>>("/api/v1/org-units", Json);
        using var other = await integration.GetAsync($"/api/v1/org-units/{_hiepHoa.Id}");
        using var scores = await integration.GetAsync("/api/v1/score-releases");

        units!.Items.ShouldHaveSingleItem().Id.ShouldBe(_vietYen.Id);
        await other.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await scores.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ShouldRefuseARevokedToken_With401()
    {
        var created = await CreateAsync(["scores:read"], _province.Id);
        using var integration = TestActors.ClientWithApiKey(created.Secret);
        (await integration.GetAsync("/api/v1/score-releases")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await Client.PostAsync($"/api/v1/api-tokens/{created.Token.Id}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var after = await integration.GetAsync("/api/v1/score-releases");

        await after.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ShouldRefuseAnExpiredToken_With401()
    {
        var created = await CreateAsync(["scores:read"], _province.Id);
        await using (var scope = TestRun.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().ApiTokens
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        }
        using var integration = TestActors.ClientWithApiKey(created.Secret);

        using var response = await integration.GetAsync("/api/v1/score-releases");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ShouldRefuseUnknownScopesAndPastExpiry_WithFieldErrors()
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/api-tokens",
            new { name = "Hệ thống một cửa", scopes = new[] { "everything" }, unitId = _province.Id, expiresAt = DateTimeOffset.UtcNow.AddDays(-1) });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty("scopes[0]", out _).ShouldBeTrue(errors.ToString());
        errors.TryGetProperty("expiresAt", out _).ShouldBeTrue();
    }

    [Test]
    public async Task ReadmeShouldNameEveryTokenScope()
    {
        var readme = await File.ReadAllTextAsync(ReferenceFiles.RepositoryFile("README.md"));

        Permissions.TokenScopes.Keys.Where(scope => !readme.Contains($"`{scope}`", StringComparison.Ordinal))
            .ShouldBeEmpty("README.md's API token section must name every scope the code accepts.");
    }

    private async Task<CreatedApiTokenDto> CreateAsync(string[] scopes, int unitId)
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/api-tokens",
            new { name = "Cổng dịch vụ công", scopes, unitId, expiresAt = DateTimeOffset.UtcNow.AddDays(30) });
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<CreatedApiTokenDto>(Json))!;
    }
}
