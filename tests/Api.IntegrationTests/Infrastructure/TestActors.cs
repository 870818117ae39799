using System.Net.Http.Json;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Reporting;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Plans;
using PapiTracker.Domain.Reporting;
using PapiTracker.Infrastructure.Data;
using PapiTracker.Infrastructure.Data.Seed;
using PapiTracker.Infrastructure.Identity;

namespace PapiTracker.Api.IntegrationTests.Infrastructure;

/// <summary>Builders for the people and units a test needs, written straight to the database.</summary>
internal static class TestActors
{
    /// <summary>A user holding the given roles; without a password unless one is given (hashing is slow and most tests never sign in).</summary>
    public static async Task<Guid> UserAsync(string userName, string? password = null, params (Role Role, int? UnitId)[] roles)
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { Id = Guid.CreateVersion7(), UserName = userName, DisplayName = userName };
        var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        created.Succeeded.ShouldBeTrue(string.Join(" ", created.Errors.Select(e => e.Description)));
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        foreach (var (role, unitId) in roles)
        {
            var unit = unitId is null ? null : await db.OrgUnits.SingleAsync(u => u.Id == unitId);
            db.RoleAssignments.Add(RoleAssignment.Grant(user.Id, role, unit));
        }
        await db.SaveChangesAsync();
        return user.Id;
    }

    /// <summary>An HTTP client signed in as the user, with an access token minted as sign-in would.</summary>
    public static async Task<HttpClient> ClientForAsync(Guid userId)
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var session = await scope.ServiceProvider.GetRequiredService<ISessionTokens>().StartAsync(userId, CancellationToken.None);
        return await ClientForAsync(session.AccessToken);
    }

    /// <summary>A client of another instance of the API (one with other settings or services), signed in as the user there.</summary>
    public static async Task<HttpClient> ClientForAsync(WebApplicationFactory<Program> api, Guid userId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var session = await scope.ServiceProvider.GetRequiredService<ISessionTokens>().StartAsync(userId, CancellationToken.None);
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return client;
    }

    public static Task<HttpClient> ClientForAsync(string accessToken)
    {
        var client = TestRun.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return Task.FromResult(client);
    }

    public static HttpClient ClientWithApiKey(string secret)
    {
        var client = TestRun.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", secret);
        return client;
    }

    /// <summary>A client with an API token the admin creates through the API: bound to the unit's subtree, with these scopes, for a day.</summary>
    public static async Task<HttpClient> ClientWithTokenAsync(OrgUnit unit, params string[] scopes) => ClientWithApiKey(await ApiTokenAsync(unit, scopes));

    /// <summary>The secret of such a token (it is in the database, so any API process of the test run takes it).</summary>
    public static async Task<string> ApiTokenAsync(OrgUnit unit, params string[] scopes)
    {
        var admin = await ClientWithRoleAsync(Role.SystemAdmin, null);
        using var created = await admin.PostAsJsonAsync("/api/v1/api-tokens", new { name = "Kho dữ liệu", scopes, unitId = unit.Id, expiresAt = DateTimeOffset.UtcNow.AddDays(1) });
        await created.ShouldHaveStatusAsync(System.Net.HttpStatusCode.Created);
        return (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(ApiTest.Json)).GetProperty("secret").GetString()!;
    }

    public static async Task<HttpClient> ClientWithRoleAsync(Role role, int? unitId) =>
        await ClientForAsync(await UserAsync($"{role}-{Guid.NewGuid():N}".ToLowerInvariant()[..30], null, (role, unitId)));

    public static async Task<OrgUnit> UnitAsync(OrgUnitKind kind, string nameVi, OrgUnit? parent = null, string? code = null)
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var unit = OrgUnit.Create(kind, code, nameVi, null, parent, new DateOnly(2020, 1, 1));
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync();
        return unit;
    }

    /// <summary>A client signed in as a demo user, by name (bg.coordinator, nenh.officer, …).</summary>
    public static async Task<HttpClient> DemoUserAsync(string userName)
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(userName);
        return await ClientForAsync(user.ShouldNotBeNull().Id);
    }

    /// <summary>The make-run demo: Bắc Giang's units and users and its 2021 plan, whose id is returned.</summary>
    public static async Task<int> DemoPlanAsync()
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeed>().EnsureAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<DemoPlan>().EnsureAsync(CancellationToken.None);
        return await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Plans.Select(p => p.Id).SingleAsync();
    }

    /// <summary>A plan of the province with one action led by the given unit (if any).</summary>
    public static async Task<(int PlanId, int ActionId)> PlanAsync(OrgUnit province, OrgUnit? lead)
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var plan = Plan.Create(province, "PAPI", $"Kế hoạch PAPI {province.NameVi}", null, "Chủ tịch UBND tỉnh", null, null, null, 2020, 2021);
        plan.AddTarget(TargetKind.TotalRank, null, 8, null, null);
        db.Plans.Add(plan);
        var action = ActionItem.Create(plan, "D8.d", ActionKind.Action, ["8"], ["8.3"], "Phúc đáp qua cổng thông tin điện tử", null, null, null, recurring: true);
        if (lead is not null)
            action.Assign(lead.Id, ActionUnitRole.Lead);
        db.ActionItems.Add(action);
        await db.SaveChangesAsync();
        return (plan.Id, action.Id);
    }

    /// <summary>A progress report of the unit on the action, as the unit's officer would record it.</summary>
    public static async Task<long> ProgressAsync(int actionId, OrgUnit unit)
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var action = await db.ActionItems.Include(a => a.Units).SingleAsync(a => a.Id == actionId);
        var progress = action.RecordProgress(unit, null, null, DateTimeOffset.UtcNow, new DateOnly(2025, 1, 15), ActionStatus.InProgress, 20, "Đang triển khai");
        db.ActionProgress.Add(progress);
        await db.SaveChangesAsync();
        return progress.Id;
    }

    /// <summary>A PDF attached to the report, stored as uploads are.</summary>
    public static async Task<long> EvidenceAsync(long progressId, OrgUnit unit)
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var stored = await scope.ServiceProvider.GetRequiredService<IFileStore>().SaveAsync(new MemoryStream(Pdf), EvidenceFile.MaxBytes, CancellationToken.None);
        var progress = await db.ActionProgress.SingleAsync(p => p.Id == progressId);
        var evidence = EvidenceFile.Attach(progress, unit.Path, new FileUpload("bien-ban.pdf", "application/pdf", stored.SizeBytes, stored.Sha256, DateTimeOffset.UtcNow, null));
        db.EvidenceFiles.Add(evidence);
        await db.SaveChangesAsync();
        return evidence.Id;
    }

    /// <summary>A Q1 2021 period of the plan, due 20/3, and an obligation of each unit to its recipient.</summary>
    public static Task<(int PeriodId, int[] ObligationIds)> PeriodAsync(int planId, params (OrgUnit Unit, OrgUnit Recipient)[] owing) =>
        PeriodAsync(planId, new DateOnly(2021, 3, 20), new DateOnly(2021, 3, 31), owing);

    /// <summary>A quarterly period of the plan with the given due and lock days, and an obligation of each unit to its recipient.</summary>
    public static Task<(int PeriodId, int[] ObligationIds)> PeriodAsync(int planId, DateOnly dueOn, DateOnly? lockOn, params (OrgUnit Unit, OrgUnit Recipient)[] owing) =>
        PeriodAsync(planId, ReportingPeriodKind.Quarterly, dueOn, lockOn, owing);

    /// <summary>A period of the given kind with the given due and lock days, and an obligation of each unit to its recipient.</summary>
    public static async Task<(int PeriodId, int[] ObligationIds)> PeriodAsync(
        int planId, ReportingPeriodKind kind, DateOnly dueOn, DateOnly? lockOn, params (OrgUnit Unit, OrgUnit Recipient)[] owing)
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var from = new DateOnly(dueOn.Year, 1, 1) < dueOn.AddDays(-30) ? new DateOnly(dueOn.Year, 1, 1) : dueOn.AddDays(-30);
        var period = ReportingPeriod.Create(planId, kind, dueOn.Year, from, dueOn.AddDays(-5), dueOn, lockOn, dueOn.AddDays(-5));
        db.ReportingPeriods.Add(period);
        var obligations = owing.Select(o => ReportObligation.Owe(period, o.Unit, o.Recipient)).ToList();
        db.ReportObligations.AddRange(obligations);
        await db.SaveChangesAsync();
        return (period.Id, obligations.Select(o => o.Id).ToArray());
    }

    /// <summary>The obligation's report, drafted and submitted as its unit would (now, unless said when).</summary>
    public static async Task<int> SubmittedReportAsync(int obligationId, OrgUnit unit, DateTimeOffset? submittedAt = null)
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var obligation = await db.ReportObligations.SingleAsync(o => o.Id == obligationId);
        var period = await db.ReportingPeriods.SingleAsync(p => p.Id == obligation.PeriodId);
        var report = ReportSubmission.Draft(obligation, unit.Path, new Dictionary<string, string> { ["1"] = "Đã triển khai" });
        report.Submit(period, obligation, new ReportContent(report.NarrativesByDimension, report.UnitPlan, [], []).ToJson(), submittedAt ?? DateTimeOffset.UtcNow, null, unit.Path);
        db.ReportSubmissions.Add(report);
        await db.SaveChangesAsync();
        return report.Id;
    }

    /// <summary>A draft report of the obligation with a PDF attached, as its unit would leave it.</summary>
    public static async Task<long> DraftAttachmentAsync(int obligationId, OrgUnit unit)
    {
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var obligation = await db.ReportObligations.SingleAsync(o => o.Id == obligationId);
        var report = ReportSubmission.Draft(obligation, unit.Path, new Dictionary<string, string> { ["1"] = "Nháp" });
        db.ReportSubmissions.Add(report);
        await db.SaveChangesAsync();
        var stored = await scope.ServiceProvider.GetRequiredService<IFileStore>().SaveAsync(new MemoryStream(Pdf), ReportAttachment.MaxBytes, CancellationToken.None);
        var attachment = ReportAttachment.Attach(report, unit.Path, new FileUpload("bao-cao.pdf", "application/pdf", stored.SizeBytes, stored.Sha256, DateTimeOffset.UtcNow, null));
        db.ReportAttachments.Add(attachment);
        await db.SaveChangesAsync();
        return attachment.Id;
    }

    public static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"u8.ToArray();
}
