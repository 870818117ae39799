using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Webhooks;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Webhooks;
using PapiTracker.Infrastructure.Jobs;
using PapiTracker.Infrastructure.Webhooks;

namespace PapiTracker.Api.IntegrationTests.Webhooks;

/// <summary>
/// Webhooks against a receiver the test starts: signed deliveries it verifies, retries with back-off after 5xx, replays,
/// rotation with overlap, disabling after a day of failures with a notice, delivery after a restart, and no event of
/// another subtree. The API here allows loopback targets (the operator's setting) and runs the dispatcher's rounds only when
/// a test says so, on a clock the test moves.
/// </summary>
public sealed class WebhookTests : ApiTest
{
    private static readonly (string, string)[] Settings =
    [
        ("RateLimits:FailedSignInsPerAddress", "0"), ("RateLimits:SignInsPerMinutePerAddress", "0"), ("RateLimits:RequestsPerMinutePerUser", "0"),
        ("RateLimits:RequestsPerMinutePerApiToken", "0"), ("Reminders:IntervalMinutes", "0"), ("Webhooks:AllowPrivateTargets", "true"),
    ];

    private PapiApiFactory _api = null!;
    private WebhookReceiver _receiver = null!;
    private OrgUnit _district = null!;
    private OrgUnit _commune = null!;
    private OrgUnit _otherDistrict = null!;
    private OrgUnit _otherCommune = null!;
    private int _actionId;
    private int _otherActionId;
    private Guid _adminId;
    private HttpClient _admin = null!;

    [OneTimeSetUp]
    public void StartApi() => _api = new PapiApiFactory(TestRun.ConnectionString, [.. Settings, ("Webhooks:Interval", "00:00:00")]);

    [OneTimeTearDown]
    public async Task StopApiAsync() => await _api.DisposeAsync();

    [SetUp]
    public async Task ArrangeAsync()
    {
        // Whole microseconds, as PostgreSQL keeps them, so times read back compare equal.
        _api.Clock.Now = new DateTimeOffset(DateTimeOffset.UtcNow.Ticks / 10 * 10, TimeSpan.Zero);
        _receiver = await WebhookReceiver.StartAsync();
        var province = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang");
        _district = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Việt Yên", province);
        _commune = await TestActors.UnitAsync(OrgUnitKind.Commune, "Thị trấn Nếnh", _district);
        _otherDistrict = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Hiệp Hòa", province);
        _otherCommune = await TestActors.UnitAsync(OrgUnitKind.Commune, "Xã Đoan Bái", _otherDistrict);
        (_, _actionId) = await TestActors.PlanAsync(province, _commune);
        (_, _otherActionId) = await TestActors.PlanAsync(province, _otherCommune);
        _adminId = await TestActors.UserAsync("webhook.admin", null, (Role.SystemAdmin, null));
        _admin = await ClientForAsync(_adminId);
    }

    [TearDown]
    public async Task StopReceiverAsync()
    {
        _api.Clock.Now = null;
        _admin.Dispose();
        await _receiver.DisposeAsync();
    }

    [Test]
    public async Task ShouldDeliverEachEventSignedSoTheReceiverCanVerifyIt()
    {
        var (id, secret) = await SubscribeAsync(_admin, _district.Id);

        await TestActors.ProgressAsync(_actionId, _commune);
        await DeliverAsync();

        var received = _receiver.Received.ToList();
        received.Count.ShouldBe(2, "progress recorded and the action's status changed");
        received.ShouldAllBe(r => StandardWebhook.Verify(secret, r.Id, r.Timestamp, r.Signature, r.Body, _api.Clock.GetUtcNow()));
        received.ShouldAllBe(r => !StandardWebhook.Verify(secret, r.Id, r.Timestamp, r.Signature, r.Body + " ", _api.Clock.GetUtcNow()), "a changed body fails");
        var first = JsonDocument.Parse(received[0].Body).RootElement;
        first.GetProperty("type").GetString().ShouldBe("ActionProgressRecorded");
        first.GetProperty("href").GetString().ShouldBe($"/api/v1/action-items/{_actionId}/progress");
        first.GetProperty("unitPath").GetString().ShouldBe(_commune.Path);
        first.GetProperty("data").GetProperty("actionItemId").GetInt32().ShouldBe(_actionId);
        received[0].Id.ShouldBe($"evt_{first.GetProperty("id").GetInt64()}");
        JsonDocument.Parse(received[1].Body).RootElement.GetProperty("type").GetString().ShouldBe("ActionStatusChanged");

        var log = await DeliveriesAsync(_admin, id);
        log.Items.ShouldAllBe(d => d.Status == WebhookDeliveryStatus.Delivered && d.Attempts == 1 && d.ResponseStatus == 200 && d.DurationMs != null);
        await DeliverAsync();
        _receiver.Received.Count.ShouldBe(2, "a delivered event is not sent again");
    }

    [Test]
    public async Task ShouldRetryAfterServerErrorsWithGrowingWaits_UntilTheReceiverAcceptsIt()
    {
        _receiver.AnswerNext(HttpStatusCode.InternalServerError, HttpStatusCode.ServiceUnavailable);
        var (id, _) = await SubscribeAsync(_admin, _district.Id, ["ActionStatusChanged"]);
        await TestActors.ProgressAsync(_actionId, _commune);

        await DeliverAsync();
        var failed = (await DeliveriesAsync(_admin, id)).Items.ShouldHaveSingleItem();
        failed.Status.ShouldBe(WebhookDeliveryStatus.Pending);
        failed.ResponseStatus.ShouldBe(500);
        failed.Error.ShouldBe("HTTP 500");
        failed.NextAttemptAt.ShouldBe(_api.Clock.GetUtcNow().AddSeconds(30));

        await DeliverAsync();
        _receiver.Received.Count.ShouldBe(1, "not before its first wait (30 s) is over");
        await LaterAsync(TimeSpan.FromSeconds(30));
        _receiver.Received.Count.ShouldBe(2);
        await LaterAsync(TimeSpan.FromSeconds(30));
        _receiver.Received.Count.ShouldBe(2, "the second wait is twice the first");
        await LaterAsync(TimeSpan.FromSeconds(30));

        _receiver.Received.Count.ShouldBe(3);
        _receiver.Received.Select(r => r.Id).Distinct().ShouldHaveSingleItem("the same message each time: the receiver may deduplicate");
        var delivered = (await DeliveriesAsync(_admin, id)).Items.ShouldHaveSingleItem();
        delivered.Status.ShouldBe(WebhookDeliveryStatus.Delivered);
        delivered.Attempts.ShouldBe(3);
        delivered.ResponseStatus.ShouldBe(200);
        delivered.Error.ShouldBeNull();
    }

    [Test]
    public async Task ShouldReplayOneDelivery_AndEveryEventOfATimeRange()
    {
        var (id, _) = await SubscribeAsync(_admin, _district.Id);
        await TestActors.ProgressAsync(_actionId, _commune);
        await DeliverAsync();
        var original = (await DeliveriesAsync(_admin, id)).Items[^1];

        using (var replay = await _admin.PostAsync($"/api/v1/webhooks/{id}/deliveries/{original.Id}/replay", null))
        {
            await replay.ShouldHaveStatusAsync(HttpStatusCode.Accepted);
            (await replay.Content.ReadFromJsonAsync<WebhookDeliveryDto>(Json))!.ReplayOf.ShouldBe(original.Id);
        }
        await DeliverAsync();
        _receiver.Received.Count.ShouldBe(3);
        _receiver.Received.Last().Id.ShouldBe($"evt_{original.EventId}");

        var range = new { from = DateTimeOffset.UtcNow.AddHours(-1), to = DateTimeOffset.UtcNow.AddHours(1) };
        using (var replay = await _admin.PostAsJsonAsync($"/api/v1/webhooks/{id}/replay", range))
        {
            await replay.ShouldHaveStatusAsync(HttpStatusCode.Accepted);
            (await replay.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("deliveries").GetInt32().ShouldBe(2);
        }
        await DeliverAsync();
        _receiver.Received.Count.ShouldBe(5);
        (await DeliveriesAsync(_admin, id)).Items.Count.ShouldBe(5, "each replay is a delivery of its own in the log");

        using var backwards = await _admin.PostAsJsonAsync($"/api/v1/webhooks/{id}/replay", new { from = range.to, to = range.from });
        (await backwards.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("to", out _).ShouldBeTrue();
        using var unknown = await _admin.PostAsync($"/api/v1/webhooks/{id}/deliveries/999999/replay", null);
        await unknown.ShouldHaveStatusAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ShouldSignWithTheOldSecretToo_WhileARotationOverlaps()
    {
        var (id, old) = await SubscribeAsync(_admin, _district.Id, ["ActionProgressRecorded"]);
        using var rotation = await _admin.PostAsync($"/api/v1/webhooks/{id}/secret", null);
        await rotation.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var rotated = await rotation.Content.ReadFromJsonAsync<JsonElement>(Json);
        var secret = rotated.GetProperty("secret").GetString()!;
        secret.ShouldStartWith("whsec_");
        secret.ShouldNotBe(old);
        rotated.GetProperty("previousSecretUntil").GetDateTimeOffset().ShouldBe(_api.Clock.GetUtcNow().AddHours(24));

        await TestActors.ProgressAsync(_actionId, _commune);
        await DeliverAsync();
        var during = _receiver.Received.Single();
        during.Signature.Split(' ').Length.ShouldBe(2);
        StandardWebhook.Verify(secret, during.Id, during.Timestamp, during.Signature, during.Body, _api.Clock.GetUtcNow()).ShouldBeTrue();
        StandardWebhook.Verify(old, during.Id, during.Timestamp, during.Signature, during.Body, _api.Clock.GetUtcNow()).ShouldBeTrue();

        _api.Clock.Now = _api.Clock.GetUtcNow().AddHours(25);
        await TestActors.ProgressAsync(_actionId, _commune);
        await DeliverAsync();
        var after = _receiver.Received.Last();
        after.Signature.Split(' ').Length.ShouldBe(1);
        StandardWebhook.Verify(secret, after.Id, after.Timestamp, after.Signature, after.Body, _api.Clock.GetUtcNow()).ShouldBeTrue();
        StandardWebhook.Verify(old, after.Id, after.Timestamp, after.Signature, after.Body, _api.Clock.GetUtcNow()).ShouldBeFalse();
    }

    [Test]
    public async Task ShouldDisableASubscriptionThatFailedForADay_AndTellItsOwner()
    {
        _receiver.FailAlways = true;
        var (id, _) = await SubscribeAsync(_admin, _district.Id);
        await TestActors.ProgressAsync(_actionId, _commune);

        await DeliverAsync();
        await LaterAsync(TimeSpan.FromHours(12));
        (await WebhooksAsync(_admin)).Items.Single().Enabled.ShouldBeTrue("half a day of failures is not enough");
        await LaterAsync(TimeSpan.FromHours(13));

        var disabled = (await WebhooksAsync(_admin)).Items.Single();
        disabled.Enabled.ShouldBeFalse();
        disabled.DisabledAt.ShouldBe(_api.Clock.GetUtcNow());
        var log = (await DeliveriesAsync(_admin, id)).Items;
        log.Sum(d => d.Attempts).ShouldBe(3, "one attempt per round while it fails");
        log.ShouldContain(d => d.Status == WebhookDeliveryStatus.Failed, "retried for 24 hours, then given up");
        using (var notices = await _admin.GetAsync("/api/v1/notifications"))
        {
            await notices.ShouldHaveStatusAsync(HttpStatusCode.OK);
            var notice = (await notices.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("notices").GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
            notice.GetProperty("kind").GetString().ShouldBe("WebhookDisabled");
            notice.GetProperty("webhookId").GetInt32().ShouldBe(id);
            notice.GetProperty("webhookName").GetString().ShouldBe("Kho dữ liệu tỉnh");
        }

        var attempts = _receiver.Received.Count;
        await TestActors.ProgressAsync(_actionId, _commune);
        await LaterAsync(TimeSpan.FromHours(1));
        _receiver.Received.Count.ShouldBe(attempts, "nothing goes to a disabled subscription");
    }

    [Test]
    public async Task ShouldDeliverAfterTheApiRestarts_BetweenTheWriteAndTheDelivery()
    {
        await SubscribeAsync(_admin, _district.Id);
        await TestActors.ProgressAsync(_actionId, _commune); // the API that wrote it never delivers (its dispatcher does not run)

        await using (var restarted = new PapiApiFactory(TestRun.ConnectionString, [.. Settings, ("Webhooks:Interval", "00:00:00.200")]))
        {
            _ = restarted.Services; // starts the host and its dispatcher
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (_receiver.Received.Count < 2 && DateTime.UtcNow < deadline)
                await Task.Delay(100);
        }

        _receiver.Received.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("type").GetString())
            .ShouldBe(["ActionProgressRecorded", "ActionStatusChanged"]);
    }

    [Test]
    public async Task ShouldCheckTheTargetAgainAtEveryConnection()
    {
        var (id, _) = await SubscribeAsync(_admin, _district.Id);
        await TestActors.ProgressAsync(_actionId, _commune);

        // An API whose operator does not allow private targets (the default) finds the subscription's host is one now.
        await using (var strict = new PapiApiFactory(TestRun.ConnectionString, [.. Settings[..5], ("Webhooks:Interval", "00:00:00")]))
            await DeliverAsync(strict);

        _receiver.Received.ShouldBeEmpty();
        var refused = (await DeliveriesAsync(_admin, id)).Items.First(d => d.Attempts == 1);
        refused.Status.ShouldBe(WebhookDeliveryStatus.Pending);
        refused.ResponseStatus.ShouldBeNull();
        refused.Error!.ShouldContain(Messages.WebhookTargetNotPublic.En);
    }

    [Test]
    public async Task ShouldNeverSendASubtreeBoundSubscriptionAnotherSubtreesEvent()
    {
        using var issued = await _admin.PostAsJsonAsync("/api/v1/api-tokens",
            new { name = "Kho dữ liệu huyện", scopes = new[] { "webhooks:manage" }, unitId = _district.Id, expiresAt = DateTimeOffset.UtcNow.AddDays(1) });
        await issued.ShouldHaveStatusAsync(HttpStatusCode.Created);
        using var token = _api.CreateClient();
        token.DefaultRequestHeaders.Add("X-Api-Key", (await issued.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("secret").GetString());

        foreach (var outside in new object[] { new { name = "B", url = _receiver.Url("b") }, new { name = "B", url = _receiver.Url("b"), unitId = _otherDistrict.Id } })
        {
            using var refused = await token.PostAsJsonAsync("/api/v1/webhooks", outside);
            await refused.ShouldHaveStatusAsync(HttpStatusCode.Forbidden);
        }
        var (mine, _) = await SubscribeAsync(token, _district.Id, path: "a");
        var (theirs, _) = await SubscribeAsync(_admin, _otherDistrict.Id, path: "b");

        await TestActors.ProgressAsync(_actionId, _commune);
        await TestActors.ProgressAsync(_otherActionId, _otherCommune);
        await DeliverAsync();

        _receiver.At("a").Count.ShouldBe(2);
        _receiver.At("a").ShouldAllBe(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("unitPath").GetString()!.StartsWith(_district.Path));
        _receiver.At("b").Count.ShouldBe(2);
        _receiver.At("b").ShouldAllBe(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("unitPath").GetString()!.StartsWith(_otherDistrict.Path));
        (await WebhooksAsync(token)).Items.Select(w => w.Id).ShouldBe([mine]);
        using var foreign = await token.GetAsync($"/api/v1/webhooks/{theirs}/deliveries");
        await foreign.ShouldHaveStatusAsync(HttpStatusCode.NotFound);
        using var delete = await token.DeleteAsync($"/api/v1/webhooks/{theirs}");
        await delete.ShouldHaveStatusAsync(HttpStatusCode.NotFound);
    }

    private async Task<(int Id, string Secret)> SubscribeAsync(HttpClient client, int? unitId, string[]? eventTypes = null, string path = "a")
    {
        using var response = await client.PostAsJsonAsync("/api/v1/webhooks", new { name = "Kho dữ liệu tỉnh", url = _receiver.Url(path), unitId, eventTypes });
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        return (created.GetProperty("webhook").GetProperty("id").GetInt32(), created.GetProperty("secret").GetString()!);
    }

    /// <summary>Moves the API's clock on and runs a round.</summary>
    private async Task LaterAsync(TimeSpan wait)
    {
        _api.Clock.Now = _api.Clock.GetUtcNow() + wait;
        await DeliverAsync();
    }

    private Task DeliverAsync() => DeliverAsync(_api);

    /// <summary>One round of the dispatcher, as the API's background service runs it.</summary>
    private static async Task DeliverAsync(PapiApiFactory api)
    {
        var ran = await api.Services.GetRequiredService<JobRounds>().RunAloneAsync(JobRounds.Webhooks, async ct =>
        {
            await using var scope = api.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<WebhookDispatcher>().RunAsync(ct);
        }, CancellationToken.None);
        ran.ShouldBeTrue();
    }

    private static async Task<PagedList<WebhookDeliveryDto>> DeliveriesAsync(HttpClient client, int id)
    {
        using var response = await client.GetAsync($"/api/v1/webhooks/{id}/deliveries?pageSize=200");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<PagedList<WebhookDeliveryDto>>(Json))!;
    }

    private static async Task<PagedList<WebhookDto>> WebhooksAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/v1/webhooks");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<PagedList<WebhookDto>>(Json))!;
    }

    /// <summary>A client of this API (its own signing key) signed in as the user.</summary>
    private async Task<HttpClient> ClientForAsync(Guid userId)
    {
        await using var scope = _api.Services.CreateAsyncScope();
        var session = await scope.ServiceProvider.GetRequiredService<ISessionTokens>().StartAsync(userId, CancellationToken.None);
        var client = _api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken);
        return client;
    }
}
