using System.Net.Http.Json;
using Npgsql;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.ApiTokens.Commands.CreateApiToken;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Api.IntegrationTests.Security;

/// <summary>
/// A province with two districts of two communes, a plan with one action led by commune A1, a progress
/// report with evidence, a period owed by A1 (submitted) and B1 (not yet), an officer of A1 and an API token at A:
/// enough rows that an attacker's request reaches every handler, and ids to aim at.
/// </summary>
internal sealed record SecurityWorld(
    OrgUnit Province, OrgUnit A, OrgUnit A1, OrgUnit A2, OrgUnit B, OrgUnit B1, OrgUnit B2, Guid OfficerId, int TokenId, int PlanId, int ActionId,
    long ProgressId, long EvidenceId, int PeriodId, int ObligationA1Id, int ObligationB1Id, int SubmissionId)
{
    public static async Task<SecurityWorld> ArrangeAsync(HttpClient admin)
    {
        var province = await TestActors.UnitAsync(OrgUnitKind.Province, "Tỉnh Thử");
        var a = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện A", province);
        var a1 = await TestActors.UnitAsync(OrgUnitKind.Commune, "Xã A1", a);
        var a2 = await TestActors.UnitAsync(OrgUnitKind.Commune, "Xã A2", a);
        var b = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện B", province);
        var b1 = await TestActors.UnitAsync(OrgUnitKind.Commune, "Xã B1", b);
        var b2 = await TestActors.UnitAsync(OrgUnitKind.Commune, "Xã B2", b);
        var officer = await TestActors.UserAsync("world.officer", null, (Role.UnitOfficer, a1.Id));
        var (planId, actionId) = await TestActors.PlanAsync(province, a1);
        var progressId = await TestActors.ProgressAsync(actionId, a1);
        var evidenceId = await TestActors.EvidenceAsync(progressId, a1);
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        var (periodId, obligations) = await TestActors.PeriodAsync(planId, due, null, (a1, a), (b1, b));
        var submissionId = await TestActors.SubmittedReportAsync(obligations[0], a1);
        using var created = await admin.PostAsJsonAsync("/api/v1/api-tokens",
            new { name = "World", scopes = new[] { "scores:read", "units:read" }, unitId = a.Id, expiresAt = DateTimeOffset.UtcNow.AddDays(1) });
        await created.ShouldHaveStatusAsync(System.Net.HttpStatusCode.Created);
        var token = (await created.Content.ReadFromJsonAsync<CreatedApiTokenDto>(ApiTest.Json))!;
        return new SecurityWorld(province, a, a1, a2, b, b1, b2, officer, token.Token.Id, planId, actionId, progressId, evidenceId,
            periodId, obligations[0], obligations[1], submissionId);
    }
}

/// <summary>What the database holds, table by table, to prove a refused request changed nothing.</summary>
internal static class DatabaseFingerprint
{
    /// <summary>
    /// An md5 of every row of every public table, keyed by table. Users' sign-in counters are left out:
    /// a failed sign-in is refused and still counts towards lockout, as it must; so are the audit trail's
    /// records of refused writes, which are written because the write was refused.
    /// </summary>
    public static async Task<Dictionary<string, string>> TakeAsync(string? connectionString = null)
    {
        await using var connection = new NpgsqlConnection(connectionString ?? TestRun.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                tables.Add(reader.GetString(0));
        }

        var sql = string.Join(" union all ", tables.Select(t => t switch
        {
            "users" => $"select '{t}', coalesce(md5(string_agg(concat_ws('|', id, user_name, display_name, email, password_hash), ',' order by id)), '') from {t}",
            "audit_entries" => $"select '{t}', coalesce(md5(string_agg(x::text, ',' order by x::text)), '') from {t} x where action <> 'Refused'",
            _ => $"select '{t}', coalesce(md5(string_agg(x::text, ',' order by x::text)), '') from \"{t}\" x",
        }));
        var result = new Dictionary<string, string>();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var rows = await command.ExecuteReaderAsync();
        while (await rows.ReadAsync())
            result[rows.GetString(0)] = rows.GetString(1);
        return result;
    }

    /// <summary>The tables whose content differs between two fingerprints.</summary>
    public static IReadOnlyList<string> Changed(Dictionary<string, string> before, Dictionary<string, string> after) =>
        before.Keys.Union(after.Keys).Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t)).Order().ToList();
}
