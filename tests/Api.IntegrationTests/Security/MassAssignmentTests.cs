using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Plans;
using PapiTracker.Infrastructure.Data;

namespace PapiTracker.Api.IntegrationTests.Security;

/// <summary>
/// Fields a caller must not set (ids, status, unit, version, audit fields) ride along on every create
/// and update: they are ignored or refused, never stored. Each test reads the row back from the database.
/// </summary>
public sealed class MassAssignmentTests : ApiTest
{
    private static readonly DateTimeOffset LongAgo = new(2001, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private SecurityWorld _world = null!;

    [SetUp]
    public async Task ArrangeAsync() => _world = await SecurityWorld.ArrangeAsync(Client);

    [Test]
    public async Task ShouldIgnoreIdPathAndEndDate_WhenCreatingAUnit()
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/org-units", new
        {
            kind = "Commune", nameVi = "Xã Mới", parentId = _world.A.Id,
            id = 900001, path = "/hijack/", activeTo = "2020-01-01", successorId = _world.B.Id, version = 7, xmin = 7,
        });

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        id.ShouldNotBe(900001);
        var (path, activeTo, successor) = await RowAsync($"select path, active_to, successor_id from org_units where id = {id}",
            r => (r.GetString(0), r.IsDBNull(1) ? (DateOnly?)null : r.GetFieldValue<DateOnly>(1), r.IsDBNull(2) ? (int?)null : r.GetInt32(2)));
        path.ShouldNotContain("hijack");
        path.ShouldStartWith(_world.A.Path);
        activeTo.ShouldBeNull();
        successor.ShouldBeNull();
    }

    [Test]
    public async Task ShouldNotMoveOrEndAUnit_ThroughItsUpdate()
    {
        using var request = Put($"/api/v1/org-units/{_world.A1.Id}", new
        {
            nameVi = "Xã A1 mới", parentId = _world.B.Id, kind = "Province", path = "/", activeTo = "2020-01-01", id = _world.B1.Id,
        });

        using var response = await Client.SendAsync(request);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var (name, parent, kind, activeTo) = await RowAsync($"select name_vi, parent_id, kind, active_to from org_units where id = {_world.A1.Id}",
            r => (r.GetString(0), r.GetInt32(1), r.GetString(2), r.IsDBNull(3)));
        name.ShouldBe("Xã A1 mới");
        parent.ShouldBe(_world.A.Id);
        kind.ShouldBe("Commune");
        activeTo.ShouldBeTrue();
        (await ScalarAsync<string>($"select name_vi from org_units where id = {_world.B1.Id}")).ShouldBe("Xã B1");
    }

    [Test]
    public async Task ShouldCreateAPlanInItsInitialStatus_WhateverStatusIsSent()
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/plans", new
        {
            provinceId = _world.Province.Id, titleVi = "Kế hoạch 2026", issuerVi = "Chủ tịch UBND tỉnh", baselineYear = 2024, targetYear = 2026,
            targets = new[] { new { kind = "TotalRank", value = 10 } },
            id = 900002, status = "Closed", version = 3,
        });

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        id.ShouldNotBe(900002);
        (await ScalarAsync<string>($"select status from plans where id = {id}")).ShouldBe("InForce", "a new plan starts in force, not as the body says");
    }

    [Test]
    public async Task ShouldKeepAnActionsPlanCodeAndStatus_WhenItsTextIsRevised()
    {
        var (otherPlan, _) = await TestActors.PlanAsync(_world.Province, null);
        var before = await RowAsync($"select plan_id, code, status, dimensions::text from action_items where id = {_world.ActionId}",
            r => (r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetString(3)));
        using var request = Put($"/api/v1/action-items/{_world.ActionId}", new
        {
            textVi = "Văn bản mới", recurring = true,
            planId = otherPlan, code = "HACK", status = "Completed", completedOn = "2021-01-01", dimensions = new[] { "1" }, id = 1, version = 1,
        });

        using var response = await Client.SendAsync(request);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var after = await RowAsync($"select plan_id, code, status, dimensions::text, text_vi from action_items where id = {_world.ActionId}",
            r => (r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4)));
        (after.Item1, after.Item2, after.Item3, after.Item4).ShouldBe(before);
        after.Item5.ShouldBe("Văn bản mới");
    }

    [Test]
    public async Task ShouldRecordProgressAsItsCaller_AtServerTime()
    {
        using var officer = await TestActors.ClientForAsync(_world.OfficerId);
        var someoneElse = await TestActors.UserAsync("someone.else", null, (Role.SystemAdmin, null));

        using var response = await officer.PostAsJsonAsync($"/api/v1/action-items/{_world.ActionId}/progress", new
        {
            unitId = _world.A1.Id, reportedOn = "2025-01-15", status = "InProgress", percent = 30, narrative = "Tiến độ",
            authorId = someoneElse, apiTokenId = _world.TokenId, recordedAt = LongAgo, id = 1, actionItemId = 999,
        });

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var (author, token, recordedAt, action) = await RowAsync("select author_id, api_token_id, recorded_at, action_item_id from action_progress order by id desc limit 1",
            r => (r.GetGuid(0), r.IsDBNull(1) ? (int?)null : r.GetInt32(1), r.GetFieldValue<DateTimeOffset>(2), r.GetInt32(3)));
        author.ShouldBe(_world.OfficerId);
        token.ShouldBeNull();
        recordedAt.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));
        action.ShouldBe(_world.ActionId);
    }

    [Test]
    public async Task ShouldRefuseProgressForAnotherCommune_EvenWithItsUnitIdInTheBody()
    {
        await using (var scope = TestRun.Factory.Services.CreateAsyncScope())
        {
            // B1 supports the action too: only the officer's scope (commune A1) stands between the body's unitId and a write.
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            var action = await db.ActionItems.Include(a => a.Units).SingleAsync(a => a.Id == _world.ActionId);
            action.Assign(_world.B1.Id, ActionUnitRole.Coordinating);
            await db.SaveChangesAsync();
        }
        using var officer = await TestActors.ClientForAsync(_world.OfficerId);
        var before = await DatabaseFingerprint.TakeAsync();

        using var response = await officer.PostAsJsonAsync($"/api/v1/action-items/{_world.ActionId}/progress",
            new { unitId = _world.B1.Id, reportedOn = "2025-01-15", status = "Completed", percent = 100, narrative = "Không phải của tôi" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldKeepADraftADraft_WhateverStatusAndReviewFieldsAreSent()
    {
        using var officer = await TestActors.ClientWithRoleAsync(Role.UnitOfficer, _world.B1.Id);

        using var response = await officer.PutAsJsonAsync($"/api/v1/report-obligations/{_world.ObligationB1Id}/submission", new
        {
            narratives = new Dictionary<string, string> { ["1"] = "Đã làm" },
            status = "Approved", submittedAt = LongAgo, onTime = true, reviewedBy = _world.OfficerId, reviewedAt = LongAgo,
            obligationId = _world.ObligationA1Id, id = _world.SubmissionId,
        });

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var (status, submittedAt, reviewedBy) = await RowAsync($"select status, submitted_at, reviewed_by from report_submissions where obligation_id = {_world.ObligationB1Id}",
            r => (r.GetString(0), r.IsDBNull(1), r.IsDBNull(2)));
        status.ShouldBe("Draft");
        submittedAt.ShouldBeTrue();
        reviewedBy.ShouldBeTrue();
        (await ScalarAsync<string>($"select status from report_submissions where id = {_world.SubmissionId}")).ShouldBe("Submitted");
    }

    [Test]
    public async Task ShouldCreateAUserWithoutRolesOrLockoutBypass()
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/users", new
        {
            userName = "mass.user", displayName = "Người mới", password = "Strong-Pass-2026",
            id = _world.OfficerId, roles = new[] { new { role = "SystemAdmin" } }, role = "SystemAdmin", lockoutEnabled = false,
            passwordHash = "x", emailConfirmed = true, securityStamp = "s", accessFailedCount = -100,
        });

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var (id, lockout, hash, failed) = await RowAsync("select id, lockout_enabled, password_hash, access_failed_count from users where user_name = 'mass.user'",
            r => (r.GetGuid(0), r.GetBoolean(1), r.GetString(2), r.GetInt32(3)));
        id.ShouldNotBe(_world.OfficerId);
        lockout.ShouldBeTrue();
        hash.ShouldNotBe("x");
        failed.ShouldBe(0);
        (await ScalarAsync<long>($"select count(*) from role_assignments where user_id = '{id}'")).ShouldBe(0);
    }

    [Test]
    public async Task ShouldMintATokenWithItsOwnSecretAndAuthor()
    {
        using var response = await Client.PostAsJsonAsync("/api/v1/api-tokens", new
        {
            name = "Tích hợp", scopes = new[] { "scores:read" }, unitId = _world.A.Id, expiresAt = DateTimeOffset.UtcNow.AddDays(1),
            secretHash = "00", revokedAt = (DateTimeOffset?)null, createdAt = LongAgo, createdBy = _world.OfficerId, prefix = "hijack", id = 900003,
        });

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var (id, hash, createdAt, createdBy, prefix) = await RowAsync("select id, secret_hash, created_at, created_by, prefix from api_tokens where name = 'Tích hợp'",
            r => (r.GetInt32(0), r.GetString(1), r.GetFieldValue<DateTimeOffset>(2), r.IsDBNull(3) ? (Guid?)null : r.GetGuid(3), r.GetString(4)));
        id.ShouldNotBe(900003);
        hash.ShouldNotBe("00");
        createdAt.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));
        createdBy.ShouldNotBe(_world.OfficerId);
        prefix.ShouldNotBe("hijack");
    }

    private static HttpRequestMessage Put(string url, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Any);
        return request;
    }

    private static async Task<T> ScalarAsync<T>(string sql) => await RowAsync(sql, r => r.GetFieldValue<T>(0));

    private static async Task<T> RowAsync<T>(string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = new NpgsqlConnection(TestRun.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue($"no row for {sql}");
        return read(reader);
    }
}
