using System.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PapiTracker.Application.ActionItems.Commands.AttachEvidence;
using PapiTracker.Application.ActionItems.Commands.RecordProgress;
using PapiTracker.Application.ActionItems.Commands.ReviseActionItem;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Common.Time;
using PapiTracker.Application.Reporting.Commands.ApproveLevel;
using PapiTracker.Application.Reporting.Commands.ApproveReport;
using PapiTracker.Application.Reporting.Commands.ReturnReport;
using PapiTracker.Application.Reporting.Commands.SaveSubmissionDraft;
using PapiTracker.Application.Reporting.Commands.SubmitReport;
using PapiTracker.Application.Reporting.Queries.GetSubmission;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Plans;

namespace PapiTracker.Infrastructure.Data.Seed;

/// <summary>
/// Bắc Giang's 2021 as its people lived it (Seed:DemoActivity), so a new installation shows a province at work rather
/// than one where nobody ever reported. Every step is a command sent through the mediator as the demo user who would
/// take it, on the day it happened (the clock is played, the rules are not bypassed): progress with evidence before
/// the first quarter's report; Bích Động and Cao Thượng report on time, Nhã Nam late; Nếnh's report is returned by
/// Việt Yên and resubmitted, corrected, after the deadline; Việt Yên and Tân Yên approve their communes and sign off
/// their level; the province approves Việt Yên's own report; the other communes never report. One action given a
/// deadline (D7.c, 30/9/2021) is still in progress after it, so it stays overdue. Played once: a report or a progress
/// entry on the plan means the year has been played, or used by hand, and is left alone.
/// </summary>
public sealed class DemoActivity(ApplicationDbContext db, IServiceScopeFactory scopes, TimeProvider clock, DemoUsers users, ILogger<DemoActivity> logger)
{
    private static readonly TimeSpan VietNam = TimeSpan.FromHours(7);

    /// <summary>The first quarter's report of 2021, due 20/3: the period the story plays.</summary>
    public static readonly DateOnly FirstQuarterDueOn = new(2021, 3, 20);

    /// <summary>The deadline the coordinator gives action D7.c, which the districts do not meet.</summary>
    public static readonly DateOnly OverdueActionDueOn = new(2021, 9, 30);

    public const string OverdueActionCode = "D7.c";

    /// <summary>The people the story needs besides those of <see cref="DemoSeed"/>: a second district and the heads of three more communes.</summary>
    private static readonly (string UserName, string DisplayName, Role Role, string UnitNameVi, OrgUnitKind Kind)[] Cast =
    [
        ("bichdong.head", "Chủ tịch UBND thị trấn Bích Động", Role.UnitHead, "Thị trấn Bích Động", OrgUnitKind.Commune),
        ("tanyen.coordinator", "Chuyên viên Phòng Nội vụ Tân Yên", Role.Coordinator, "Huyện Tân Yên", OrgUnitKind.District),
        ("caothuong.head", "Chủ tịch UBND thị trấn Cao Thượng", Role.UnitHead, "Thị trấn Cao Thượng", OrgUnitKind.Commune),
        ("nhanam.head", "Chủ tịch UBND thị trấn Nhã Nam", Role.UnitHead, "Thị trấn Nhã Nam", OrgUnitKind.Commune),
    ];

    private Dictionary<string, Guid> _userIds = [];

    public async Task EnsureAsync(CancellationToken ct)
    {
        var province = await db.OrgUnits.SingleOrDefaultAsync(DemoSeed.IsDemoProvince, ct);
        var plan = province is null ? null : await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.ProvinceId == province.Id, ct);
        if (plan is null || await PlayedOrUsedAsync(plan.Id, ct))
            return;
        if (province!.ActiveTo is not null)
        {
            // Roles at units that have ended only read: the year can be played before the 2025 restructuring, not after.
            logger.LogWarning("The demo year is not played: {Province} has been restructured since", province.NameVi);
            return;
        }
        var firstQuarter = await db.ReportingPeriods.AsNoTracking().SingleOrDefaultAsync(p => p.PlanId == plan.Id && p.DueOn == FirstQuarterDueOn, ct);
        if (firstQuarter is null)
        {
            logger.LogWarning("The demo year is not played: plan {Plan} has no period due {Due}", plan.Id, FirstQuarterDueOn);
            return;
        }
        if (clock is not ReplayableClock)
            throw new InvalidOperationException("The demo year plays its days on the ReplayableClock; another TimeProvider is registered.");

        await AddCastAsync(province!, ct);
        var obligations = await (from o in db.ReportObligations
                                 where o.PeriodId == firstQuarter.Id
                                 join u in db.OrgUnits on o.UnitId equals u.Id
                                 select new { o.Id, o.RecipientId, u.NameVi }).ToDictionaryAsync(o => o.NameVi, ct);
        var actions = await db.ActionItems.AsNoTracking().Where(a => a.PlanId == plan.Id).ToDictionaryAsync(a => a.Code, ct);
        var units = await db.OrgUnits.AsNoTracking().Where(OrgUnit.ActiveOn(FirstQuarterDueOn)).Where(u => u.Path.StartsWith(province!.Path))
            .ToDictionaryAsync(u => u.NameVi, u => u.Id, ct);

        // Progress first, so the reports sent after it carry it.
        await RecordAsync("nenh.officer", On(3, 10, 9), actions["D2.a"].Id, units["Thị trấn Nếnh"], 50,
            "Đã niêm yết công khai quy hoạch, kế hoạch sử dụng đất và khung giá đất tại trụ sở UBND và nhà văn hóa 12 tổ dân phố.",
            "bien-ban-niem-yet-nenh.pdf", "Bien ban niem yet cong khai - Thi tran Nenh - 10/3/2021 (demo)", ct);
        await RecordAsync("stc.officer", On(3, 12, 14), actions["IV.4"].Id, units["Sở Tài chính"], 40,
            "Đã hướng dẫn các huyện công khai dự toán, quyết toán ngân sách năm 2021; 6/10 huyện đã đăng tải trên cổng thông tin.",
            "cong-van-huong-dan-cong-khai-ngan-sach.pdf", "Cong van huong dan cong khai ngan sach 2021 - So Tai chinh (demo)", ct);

        var bichDong = await ReportAsync("bichdong.head", On(3, 15, 10), obligations["Thị trấn Bích Động"].Id,
            "Tổ chức 4 hội nghị đối thoại với nhân dân về công khai, minh bạch", ct);
        var caoThuong = await ReportAsync("caothuong.head", On(3, 16, 15), obligations["Thị trấn Cao Thượng"].Id,
            "Rà soát, công khai các khoản thu, đóng góp của nhân dân", ct);
        var vietYenOwn = await ReportAsync("vietyen.head", On(3, 19, 8), obligations["Huyện Việt Yên"].Id,
            "Chỉ đạo 19 xã, thị trấn niêm yết thủ tục hành chính; 2 thị trấn đã báo cáo trong quý", ct);

        // Nếnh: the officer drafts, the head sends, Việt Yên returns it for figures, and it comes back corrected but late.
        var nenh = obligations["Thị trấn Nếnh"].Id;
        var nenhReport = await AsAsync("nenh.officer", On(3, 18, 16), s => s.Send(Draft(nenh, "Đã niêm yết công khai thủ tục hành chính tại bộ phận một cửa", IfMatch.Missing), ct));
        await AsAsync("nenh.head", On(3, 19, 9), s => s.Send(new SubmitReportCommand(nenhReport.Value.Id!.Value), ct));
        await AsAsync("vietyen.coordinator", On(3, 20, 10), s => s.Send(new ReturnReportCommand(nenhReport.Value.Id!.Value,
            "Đề nghị bổ sung số liệu tiếp nhận, xử lý phản ánh, kiến nghị của người dân trong quý"), ct));
        var returned = await AsAsync("nenh.officer", On(3, 22, 8), s => s.Send(new GetSubmissionQuery(nenh), ct));
        await AsAsync("nenh.officer", On(3, 22, 8), s => s.Send(Draft(nenh, "Đã tiếp nhận và xử lý 12/12 phản ánh, kiến nghị qua cổng dịch vụ công",
            new IfMatch(true, false, returned.Version)), ct));
        await AsAsync("nenh.head", On(3, 22, 9), s => s.Send(new SubmitReportCommand(nenhReport.Value.Id!.Value), ct));

        var nhaNam = await ReportAsync("nhanam.head", On(3, 24, 11), obligations["Thị trấn Nhã Nam"].Id,
            "Kiện toàn tổ tiếp công dân; công khai lịch tiếp công dân của Chủ tịch UBND", ct);

        // The districts approve their communes and sign off their level; the province approves Việt Yên's own report.
        await ApproveLevelAsync("vietyen.coordinator", On(3, 25, 14), firstQuarter.Id, obligations["Thị trấn Nếnh"].RecipientId, [bichDong, nenhReport.Value.Id!.Value], ct);
        await ApproveLevelAsync("tanyen.coordinator", On(3, 26, 10), firstQuarter.Id, obligations["Thị trấn Nhã Nam"].RecipientId, [caoThuong, nhaNam], ct);
        await AsAsync("bg.coordinator", On(4, 5, 9), s => s.Send(new ApproveReportCommand(vietYenOwn), ct));

        // D7.c gets a deadline; Việt Yên's progress on it stops short, so it is overdue from 1/10/2021 on.
        var overdue = actions[OverdueActionCode];
        await AsAsync("bg.coordinator", On(4, 10, 9), s => s.Send(new ReviseActionItemCommand(overdue.Id, overdue.TextVi, overdue.TextEn, overdue.StartDate,
            OverdueActionDueOn, Recurring: false, ReviewCadence: null, new IfMatch(true, true, null)), ct));
        await AsAsync("vietyen.head", On(9, 15, 15), s => s.Send(new RecordProgressCommand(overdue.Id, units["Huyện Việt Yên"], new DateOnly(2021, 9, 15),
            ActionStatus.InProgress, 60, "Đã chỉnh lý hồ sơ địa chính 12/19 xã, thị trấn; còn 7 xã chưa hoàn thành."), ct));

        logger.LogWarning("Demo year 2021 played on plan {Plan}: 5 reports in the first quarter (1 returned and corrected), 2 levels signed off, progress on 3 actions",
            plan.Id);
    }

    private async Task<bool> PlayedOrUsedAsync(int planId, CancellationToken ct) =>
        await db.ReportSubmissions.AnyAsync(s => db.ReportObligations.Any(o => o.Id == s.ObligationId
            && db.ReportingPeriods.Any(p => p.Id == o.PeriodId && p.PlanId == planId)), ct)
        || await db.ActionProgress.AnyAsync(p => db.ActionItems.Any(a => a.Id == p.ActionItemId && a.PlanId == planId), ct);

    private async Task AddCastAsync(OrgUnit province, CancellationToken ct)
    {
        var existing = await db.Users.Select(u => u.UserName!).ToListAsync(ct);
        foreach (var (userName, displayName, role, unitName, kind) in Cast.Where(c => !existing.Contains(c.UserName)))
        {
            var unit = await db.OrgUnits.Where(OrgUnit.ActiveOn(FirstQuarterDueOn))
                .SingleAsync(u => u.Kind == kind && u.NameVi == unitName && u.Path.StartsWith(province.Path), ct);
            await users.AddAsync(userName, displayName, role, unit);
        }
        await users.SaveAsync(newFile: false, ct);
        _userIds = await db.Users.Where(u => u.UserName != null).ToDictionaryAsync(u => u.UserName!, u => u.Id, ct);
    }

    /// <summary>Drafts and sends a unit's report in one sitting, as a head of a small commune does; returns the report's id.</summary>
    private async Task<int> ReportAsync(string userName, DateTimeOffset at, int obligationId, string narrative, CancellationToken ct)
    {
        var draft = await AsAsync(userName, at, s => s.Send(Draft(obligationId, narrative, IfMatch.Missing), ct));
        await AsAsync(userName, at.AddMinutes(20), s => s.Send(new SubmitReportCommand(draft.Value.Id!.Value), ct));
        return draft.Value.Id!.Value;
    }

    private static SaveSubmissionDraftCommand Draft(int obligationId, string narrative, IfMatch ifMatch) =>
        new(obligationId, new Dictionary<string, string> { ["2"] = narrative, ["6"] = narrative }, UnitPlan: null, ifMatch);

    private async Task ApproveLevelAsync(string userName, DateTimeOffset at, int periodId, int levelId, int[] reports, CancellationToken ct)
    {
        foreach (var report in reports)
            await AsAsync(userName, at, s => s.Send(new ApproveReportCommand(report), ct));
        await AsAsync(userName, at.AddHours(1), s => s.Send(new ApproveLevelCommand(periodId, levelId, OverrideReason: null), ct));
    }

    private async Task RecordAsync(string userName, DateTimeOffset at, int actionId, int unitId, int percent, string narrative,
        string evidenceName, string evidenceText, CancellationToken ct)
    {
        var progress = await AsAsync(userName, at, s => s.Send(new RecordProgressCommand(actionId, unitId, DateOnly.FromDateTime(at.Date),
            ActionStatus.InProgress, percent, narrative), ct));
        var pdf = OnePagePdf(evidenceText);
        await AsAsync(userName, at.AddMinutes(5), s => s.Send(new AttachEvidenceCommand(progress.Id, new MemoryStream(pdf), evidenceName, pdf.Length), ct));
    }

    /// <summary>One step of the story: a scope of its own acting as the user, on the clock of that moment.</summary>
    private async Task<T> AsAsync<T>(string userName, DateTimeOffset at, Func<ISender, ValueTask<T>> step)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActingUser>().Become(_userIds[userName]);
        using var played = ReplayableClock.PlayAt(at);
        return await step(scope.ServiceProvider.GetRequiredService<ISender>());
    }

    private static DateTimeOffset On(int month, int day, int hour) => new(2021, month, day, hour, 0, 0, VietNam);

    /// <summary>A one-page PDF showing a line of (ASCII) text: the evidence a demo officer scans in.</summary>
    private static byte[] OnePagePdf(string text)
    {
        var content = $"BT /F1 14 Tf 72 760 Td ({text}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        foreach (var (body, i) in objects.Select((o, i) => (o, i + 1)))
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i} 0 obj\n{body}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
            pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
