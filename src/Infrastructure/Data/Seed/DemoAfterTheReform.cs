using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Restructurings.Commands.RestructureUnits;
using PapiTracker.Application.ScoreReleases.Commands.ImportScoreRelease;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Infrastructure.Data.Seed;

/// <summary>
/// The demo installation after 1 July 2025, from the shared reference data (Seed:ReferenceDirectory), done
/// as an operator would do it with the same use cases: the 2025 restructuring (63 provinces into 34, the
/// communes of old Bắc Giang and old Bắc Ninh into the new Bắc Ninh's 99, its districts ending on 30/6/2025),
/// the official PAPI scores 2018–2024, and the new Bắc Ninh's 2026 PAPI plan — baseline 2024, on its two
/// predecessors' scores and their estimate — with its 2026 reporting calendar (communes and departments
/// reporting straight to the province's Sở Nội vụ) and a demo coordinator. It runs after the 2021 demo,
/// whose history the restructuring keeps; once the 2026 plan exists it does nothing.
/// </summary>
public sealed class DemoAfterTheReform(
    ApplicationDbContext db, IServiceProvider services, RoleGrants roleGrants, DemoPlan plans, DemoUsers users, ILogger<DemoAfterTheReform> logger)
{
    public static readonly DateOnly Reform = new(2025, 7, 1);

    /// <summary>The deadline the 2026 plan gives every unit for its own implementation plan.</summary>
    public static readonly DateOnly UnitPlansDueOn = new(2026, 2, 15);

    public async Task EnsureAsync(string referenceDirectory, CancellationToken ct)
    {
        var provinces = Path.Combine(referenceDirectory, "admin-2025", "provinces-2025.csv");
        string[] communes = [Path.Combine(referenceDirectory, "admin-2025", "bac-giang-communes-2025.csv"), Path.Combine(referenceDirectory, "admin-2025", "bac-ninh-communes-2025.csv")];
        var scores = Path.Combine(referenceDirectory, "papi-subdimension-scores-2018-2024.csv");
        if (new[] { provinces, scores }.Concat(communes).Where(f => !File.Exists(f)).ToList() is { Count: > 0 } missing)
        {
            logger.LogWarning("The demo after 1/7/2025 is not loaded: {Files} not found", string.Join(", ", missing));
            return;
        }
        if (await NewProvinceAsync(ct) is { } done && await db.Plans.AnyAsync(p => p.ProvinceId == done.Id, ct))
            return;

        var access = new AccessControl(db, new Operator(), roleGrants);
        var restructure = ActivatorUtilities.CreateInstance<RestructureUnitsCommandHandler>(services, access);
        await ApplyAsync(restructure, provinces, provinceCode: null, ct);
        foreach (var file in communes)
            await ApplyAsync(restructure, file, DemoSeed.ProvinceCode, ct);
        await LogAsync(restructure.Handle(new RestructureUnitsCommand(true, null, null, 0, DemoSeed.ProvinceCode, OrgUnitKind.District, Reform.AddDays(-1),
            "Luật Tổ chức chính quyền địa phương số 72/2025/QH15"), ct));

        if (!await db.ScoreReleases.AnyAsync(ct))
        {
            await using var content = File.OpenRead(scores);
            var imported = await ActivatorUtilities.CreateInstance<ImportScoreReleaseCommandHandler>(services)
                .Handle(new ImportScoreReleaseCommand(content, Path.GetFileName(scores), content.Length), ct);
            logger.LogWarning("Official PAPI scores loaded: {Years} years", imported.Years.Count);
        }

        var province = await NewProvinceAsync(ct) ?? throw new InvalidOperationException($"No province holds code {DemoSeed.ProvinceCode} on {Reform}.");
        if (await plans.LoadAsync(province, "bac-ninh-plan-2026.json", ct) is not { } plan)
            return;
        await plans.CalendarAsync(plan, UnitPlansDueOn, ct);
        await users.AddAsync("bn.coordinator", "Chuyên viên Sở Nội vụ tỉnh Bắc Ninh", Role.Coordinator, province);
        await users.SaveAsync(newFile: false, ct);
    }

    /// <summary>The new Bắc Ninh, once the restructuring has made it: the province that holds the demo's code from the reform's first day.</summary>
    private Task<OrgUnit?> NewProvinceAsync(CancellationToken ct) =>
        db.OrgUnits.SingleOrDefaultAsync(u => u.Code == DemoSeed.ProvinceCode && u.Kind == OrgUnitKind.Province && u.ActiveFrom == Reform, ct);

    private async Task ApplyAsync(RestructureUnitsCommandHandler restructure, string file, string? provinceCode, CancellationToken ct)
    {
        await using var content = File.OpenRead(file);
        await LogAsync(restructure.Handle(new RestructureUnitsCommand(true, content, Path.GetFileName(file), content.Length, provinceCode, null, null, null), ct));
    }

    private async Task LogAsync(ValueTask<Application.Restructurings.RestructuringDto> restructuring)
    {
        var done = await restructuring;
        logger.LogWarning("Restructuring {Kind} of {Date} {State}: {Ended} ended, {Created} created, {Carried} carried over",
            done.Kind, done.EffectiveOn, done.AlreadyApplied ? "already applied" : "applied", done.Ended.Count, done.Created.Count, done.Carried.Count);
    }
}
