using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Client;
using Domain = PapiTracker.Domain;

namespace PapiTracker.Api.IntegrationTests.Clients;

/// <summary>
/// The .NET client NSwag generates from client/openapi/v1.json (src/Client), used as an integration would use it
/// against the real API: if the document and the server disagree (a header not declared, an enum list sent as
/// strings, a download without its media type), these calls fail.
/// </summary>
public sealed class GeneratedClientTests : ApiTest
{
    private const string Password = "Correct-Horse-42";

    private Domain.Organization.OrgUnit _province = null!;
    private Domain.Organization.OrgUnit _district = null!;
    private int _planId;
    private int _actionId;

    [SetUp]
    public async Task ArrangeAsync()
    {
        _province = await TestActors.UnitAsync(Domain.Organization.OrgUnitKind.Province, "Tỉnh Thử Nghiệm");
        _district = await TestActors.UnitAsync(Domain.Organization.OrgUnitKind.District, "Huyện Việt Yên", _province);
        await TestActors.UserAsync("dieu.phoi", Password, (Domain.Access.Role.Coordinator, _province.Id));
        (_planId, _actionId) = await TestActors.PlanAsync(_province, _district);
    }

    [Test]
    public async Task ShouldSignIn_ReadMe_CreateOnceWithAnIdempotencyKey_AndReviseOnlyTheVersionRead()
    {
        using var http = TestRun.Factory.CreateClient();
        var api = await SignedInAsync(http);

        var me = (await api.GetMeAsync()).Result;
        me.Permissions.ShouldContain(Permission.ManagePlans);
        me.Roles.ShouldHaveSingleItem().Role.ShouldBe(Role.Coordinator);

        var action = new NewActionItem
        {
            Code = "D8.e", Dimension = "8", SubDimensions = ["8.3"], TextVi = "Công khai kết quả giải quyết khiếu nại", Recurring = false,
            DueDate = new DateOnly(2021, 9, 30), LeadUnitIds = [_district.Id],
        };
        var key = Guid.NewGuid().ToString();
        var created = await api.CreateActionItemAsync(_planId, action, key);
        var retried = await api.CreateActionItemAsync(_planId, action, key);

        created.StatusCode.ShouldBe(201);
        created.Headers["Location"].ShouldBe([$"/api/v1/action-items/{created.Result.Id}"]);
        retried.Result.Id.ShouldBe(created.Result.Id);
        retried.Headers["Idempotent-Replayed"].ShouldBe(["true"]);

        var read = await api.GetActionItemAsync(created.Result.Id);
        var version = read.Headers["ETag"].Single();
        var revision = new ActionItemRevision { TextVi = "Công khai kết quả giải quyết khiếu nại, tố cáo", Recurring = false, DueDate = new DateOnly(2021, 10, 31) };
        var revised = await api.ReviseActionItemAsync(created.Result.Id, version, revision);
        var stale = await Should.ThrowAsync<ApiException>(() => api.ReviseActionItemAsync(created.Result.Id, version, revision));

        revised.Result.TextVi.ShouldBe(revision.TextVi);
        revised.Headers["ETag"].Single().ShouldNotBe(version);
        stale.StatusCode.ShouldBe(412);
    }

    [Test]
    public async Task ShouldDownloadEvidence_AsTheFileUploaded()
    {
        var evidenceId = await TestActors.EvidenceAsync(await TestActors.ProgressAsync(_actionId, _district), _district);
        using var http = TestRun.Factory.CreateClient();
        var api = await SignedInAsync(http);

        using var file = await api.DownloadEvidenceAsync(evidenceId);
        using var content = new MemoryStream();
        await file.Stream.CopyToAsync(content);

        file.StatusCode.ShouldBe(200);
        file.Headers["Content-Type"].ShouldBe(["application/pdf"]);
        content.ToArray().ShouldBe(TestActors.Pdf);
    }

    [Test]
    public async Task ShouldReadAnUnchangedCatalogueFromItsEntityTagCache_TheServerAnswering304()
    {
        var statuses = new StatusesSeen();
        using var http = TestRun.Factory.CreateDefaultClient(new EntityTagCache(), statuses);
        http.DefaultRequestHeaders.Authorization = Client.DefaultRequestHeaders.Authorization;
        var api = new PapiClient(http);

        var first = await api.GetFrameworksAsync();
        var again = await api.GetFrameworksAsync();

        statuses.Seen.ShouldBe([System.Net.HttpStatusCode.OK, System.Net.HttpStatusCode.NotModified]);
        again.StatusCode.ShouldBe(200, "the client gets the kept answer, not an ApiException for the 304");
        again.Result.Select(f => f.Code).ShouldBe(first.Result.Select(f => f.Code));
        again.Headers["ETag"].ShouldBe(first.Headers["ETag"]);
    }

    /// <summary>What the server answered, beneath the cache.</summary>
    private sealed class StatusesSeen : DelegatingHandler
    {
        public List<System.Net.HttpStatusCode> Seen { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            Seen.Add(response.StatusCode);
            return response;
        }
    }

    [Test]
    public async Task ShouldReadRankingsWithAnApiToken_AndTellWhenTheBudgetIsSpent()
    {
        await Client.ImportOfficialScoresAsync();
        var token = (await new PapiClient(Client).CreateApiTokenAsync(new CreateApiTokenCommand
        {
            Name = "Cổng dữ liệu tỉnh", Scopes = ["scores:read"], UnitId = _province.Id, ExpiresAt = DateTimeOffset.UtcNow.AddDays(30),
        })).Result;
        await using var tight = new PapiApiFactory(TestRun.ConnectionString, ("RateLimits:RequestsPerMinutePerApiToken", "3"));
        using var http = tight.CreateClient();
        http.DefaultRequestHeaders.Add("X-Api-Key", token.Secret);
        var api = new PapiClient(http);

        var ranking = await api.GetRankingAsync(2020);
        var refused = await FirstRefusalAsync(api);

        ranking.Result.Items.Count.ShouldBe(63);
        ranking.Headers["RateLimit-Limit"].ShouldBe(["3"]);
        ranking.Headers.ShouldContainKey("ETag");
        refused.StatusCode.ShouldBe(429);
        int.Parse(refused.Headers["Retry-After"].Single()).ShouldBeInRange(1, 60);
    }

    /// <summary>Reads until the first refusal; the budget refills while the loop runs, so the bound is generous.</summary>
    private static async Task<ApiException> FirstRefusalAsync(PapiClient api)
    {
        for (var call = 0; call < 100; call++)
        {
            try
            {
                await api.GetRankingAsync(2020);
            }
            catch (ApiException refused)
            {
                return refused;
            }
        }
        throw new AssertionException("The budget never ran out.");
    }

    private static async Task<PapiClient> SignedInAsync(HttpClient http)
    {
        var api = new PapiClient(http);
        var session = await api.SignInAsync(new SignInCommand { UserName = "dieu.phoi", Password = Password });
        http.DefaultRequestHeaders.Authorization = new("Bearer", session.Result.AccessToken);
        return api;
    }
}
