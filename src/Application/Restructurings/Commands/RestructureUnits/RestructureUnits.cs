using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using PapiTracker.Application.Common.Validation;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;
using Microsoft.EntityFrameworkCore;

namespace PapiTracker.Application.Restructurings.Commands.RestructureUnits;

/// <summary>
/// A restructuring (sắp xếp đơn vị hành chính) from a mapping file — provinces, or the communes of a
/// province — or the end of a level (the districts on 30/6/2025). <see cref="Apply"/> false previews:
/// the same work, nothing saved. All or nothing; a re-apply that finds everything done writes nothing
/// and says so. Every apply is recorded as a <see cref="Restructuring"/> and audited.
/// </summary>
[RequiresPermission(Permission.RestructureUnits)]
public sealed record RestructureUnitsCommand(
    bool Apply,
    Stream? Content,
    string? FileName,
    long Length,
    string? ProvinceCode,
    OrgUnitKind? EndLevel,
    DateOnly? EndsOn,
    string? LegalBasis) : ICommand<RestructuringDto>;

public sealed class RestructureUnitsCommandValidator : AbstractValidator<RestructureUnitsCommand>
{
    public RestructureUnitsCommandValidator()
    {
        RuleFor(c => c.Content).NotNull().When(c => c.EndLevel is null).WithText(Messages.RestructuringNeedsFileOrLevel).OverridePropertyName("file");
        RuleFor(c => c.Content).Null().When(c => c.EndLevel is not null).WithText(Messages.LevelEndsWithoutFile).OverridePropertyName("file");
        RuleFor(c => c.EndLevel).Must(k => k == OrgUnitKind.District).When(c => c.EndLevel is not null)
            .WithText(Messages.OnlyDistrictLevelEnds);
        RuleFor(c => c.EndsOn).NotNull().When(c => c.EndLevel is not null).WithText(Messages.LevelLastDayMissing);
        RuleFor(c => c.ProvinceCode).NotEmpty().When(c => c.EndLevel is not null).WithText(Messages.LevelProvinceMissing);
        RuleFor(c => c.ProvinceCode).MaximumLength(OrgUnit.CodeMaxLength);
        RuleFor(c => c.LegalBasis).MaximumLength(Restructuring.LegalBasisMaxLength);
        RuleFor(c => c.FileName).MaximumLength(Restructuring.FileNameMaxLength);
    }
}

public sealed class RestructureUnitsCommandHandler(IApplicationDbContext db, ITableReader reader, AccessControl access, TimeProvider clock)
    : ICommandHandler<RestructureUnitsCommand, RestructuringDto>
{
    /// <summary>Units registered only because a file names them begin on this day: the register's beginning.</summary>
    public static readonly DateOnly RegisterBegins = new(2000, 1, 1);

    public async ValueTask<RestructuringDto> Handle(RestructureUnitsCommand command, CancellationToken cancellationToken)
    {
        if (!(await access.ScopeAsync(Permission.RestructureUnits, cancellationToken)).Everywhere)
            throw new ForbiddenAccessException();
        var register = await RestructuringRegister.LoadAsync(db, cancellationToken);
        var skipped = new List<SkippedRowDto>();
        RestructuringKind kind;
        DateOnly effectiveOn;
        string? legalBasis = command.LegalBasis;
        string sha;
        OrgUnit? province = null;
        IEnumerable<OrgUnit?> mappedProvinces = [];

        if (command.EndLevel is { } level)
        {
            kind = RestructuringKind.EndLevel;
            effectiveOn = command.EndsOn!.Value.AddDays(1);
            province = register.AnyHolderOn(command.ProvinceCode!.Trim(), effectiveOn) is { Kind: OrgUnitKind.Province } p ? p
                : throw new ValidationException([new ValidationFailure("provinceCode", Messages.NoProvinceHoldsCode(command.ProvinceCode!, effectiveOn))]);
            EndLevel(register, province, level, command.EndsOn.Value);
            sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}\n{province.Code}\n{level}\n{command.EndsOn:yyyy-MM-dd}")));
        }
        else
        {
            UploadLimits.EnsureTableSize(command.Length);
            var file = await RestructuringFile.ReadAsync(reader, command.Content!, command.FileName ?? "restructuring.csv", cancellationToken);
            if (file.Problems.Count > 0)
                throw new FileRejectedException(file.Problems.OrderBy(p => p.Row).ToList());
            kind = file.Kind;
            effectiveOn = file.EffectiveOn;
            legalBasis ??= file.LegalBasis;
            sha = file.Sha256;
            skipped.AddRange(file.Repeated);
            var problems = new List<FileProblem>();
            if (kind == RestructuringKind.Provinces)
            {
                Provinces(register, file, problems);
                mappedProvinces = file.Rows.SelectMany(r => new[] { register.AnyHolderOn(r.OldCode, effectiveOn.AddDays(-1)), register.AnyHolderOn(r.NewCode, effectiveOn) });
            }
            else
                province = Communes(register, file, command.ProvinceCode, problems, skipped);
            if (problems.Count > 0)
                throw new FileRejectedException(problems.OrderBy(p => p.Row).ToList());
        }

        var carry = new CarryOver(db, register);
        await carry.RunAsync(effectiveOn, cancellationToken);
        var alreadyApplied = !register.ChangedAnything && carry.Carried.Count == 0;
        var previous = alreadyApplied
            ? await db.Restructurings.Where(r => r.ContentSha256 == sha).OrderByDescending(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken)
            : null;

        RestructuringDto Answer(int? id, bool applied, DateTimeOffset? at) => new(
            id, applied, alreadyApplied, kind, effectiveOn, legalBasis, command.FileName, province?.Id, at,
            register.Ended, register.Created, register.Historical, register.Continued, register.Moved, register.Repointed, register.WithoutSuccessor,
            skipped.OrderBy(s => s.Row).ToList(), carry.Carried, carry.NotCarried);

        if (!command.Apply || alreadyApplied)
            return Answer(previous, applied: false, at: null);

        var now = clock.GetUtcNow();
        var record = Restructuring.Record(kind, effectiveOn, legalBasis, command.FileName, sha, province?.Id, now, access.Caller.UserId, access.Caller.ApiTokenId,
            (register.Ended.Count, register.Created.Count + register.Historical.Count, register.Moved.Count, carry.Carried.Count, carry.NotCarried.Count), "{}",
            (province is null ? mappedProvinces : [province]).Where(u => u is { Kind: OrgUnitKind.Province }).Select(u => u!.Path));
        db.Restructurings.Add(record);
        var answer = Answer(record.Id, applied: true, at: now);
        record.KeepResult(JsonSerializer.Serialize(answer, ResultJson));
        await db.SaveChangesAsync(cancellationToken);
        return answer;
    }

    internal static readonly JsonSerializerOptions ResultJson = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    /// <summary>
    /// Old provinces → new units. An old province is found by its code on the eve, or by its name among
    /// provinces without a code (it takes the code), or registered as it was (until the eve). A new unit
    /// whose only predecessor holds its code is that predecessor, continuing (renamed if its name
    /// changes); any other new unit is created from the date, its predecessors ended the day before
    /// with it as their successor, their sub-units moved under it.
    /// </summary>
    private static void Provinces(RestructuringRegister register, RestructuringFile file, List<FileProblem> problems)
    {
        var effectiveOn = file.EffectiveOn;
        var eve = effectiveOn.AddDays(-1);
        var olds = new Dictionary<MappingRow, OrgUnit>();
        foreach (var row in file.Rows)
        {
            var byCode = register.HolderOn(row.OldCode, eve, OrgUnitKind.Province);
            if (byCode is not null)
            {
                var name = register.NameOn(byCode, eve);
                if (!Named(row.OldNameVi, row.OldNameEn, name, register.NameEnOn(byCode, eve)))
                    problems.Add(new(row.Number, "old_code", $"The code {row.OldCode} is {name} in the register on {eve:yyyy-MM-dd}, not {row.OldNameVi}."));
                else
                    olds[row] = byCode;
                continue;
            }
            if (register.AnyHolderOn(row.OldCode, eve) is { } other)
            {
                problems.Add(new(row.Number, "old_code", $"The code {row.OldCode} belongs to {other.NameVi} ({other.Kind}) on {eve:yyyy-MM-dd}, not to a province."));
                continue;
            }
            var byName = register.Units.Where(u => u.Kind == OrgUnitKind.Province && u.Code is null && u.IsActiveOn(eve) && u.ActiveFrom < effectiveOn
                && Named(row.OldNameVi, row.OldNameEn, u.NameVi, u.NameEn)).ToList();
            if (byName.Count > 1)
                problems.Add(new(row.Number, "old_name_vi", $"{byName.Count} provinces without a code are named {row.OldNameVi}; give each its code first."));
            else if (byName.Count == 1)
            {
                byName[0].Rename(row.OldCode, byName[0].NameVi, byName[0].NameEn ?? row.OldNameEn);
                olds[row] = byName[0];
            }
        }
        var unmapped = register.Units.Where(u => u.Kind == OrgUnitKind.Province && u.IsActiveOn(eve) && u.ActiveFrom < effectiveOn && !olds.ContainsValue(u)).ToList();
        foreach (var unit in unmapped.Where(u => u.Code is null || file.Rows.All(r => r.OldCode != u.Code)))
            problems.Add(new(1, "old_code", $"{unit.NameVi}{(unit.Code is null ? "" : $" ({unit.Code})")} is a province of the register on {eve:yyyy-MM-dd} that the file does not map: it would be left without a successor."));
        if (problems.Count > 0)
            return;

        foreach (var group in file.Rows.GroupBy(r => r.NewCode))
        {
            var first = group.First();
            var continuing = group.Count() == 1 && first.OldCode == first.NewCode;
            if (continuing)
            {
                var unit = olds.GetValueOrDefault(first) ?? register.Create(OrgUnitKind.Province, first.OldCode, first.OldNameVi, first.OldNameEn, null, RegisterBegins, null);
                if (!olds.ContainsKey(first) && register.Created.LastOrDefault()?.Id == unit.Id)
                    register.Created.RemoveAt(register.Created.Count - 1);
                var renamed = unit.NameVi != first.NewNameVi;
                if (renamed)
                    register.Change(unit, effectiveOn, nameVi: first.NewNameVi, nameEn: first.NewNameEn, recordIn: register.Continued, change: $"continues, renamed from {unit.NameVi}");
                else
                    register.Continued.Add(register.Dto(unit, olds.ContainsKey(first) ? "unchanged" : "registered, continues"));
                continue;
            }

            var successor = register.NewHolder(group.Key, OrgUnitKind.Province, effectiveOn, group.Select(olds.GetValueOrDefault));
            if (successor is not null && !Named(first.NewNameVi, first.NewNameEn, successor.NameVi, successor.NameEn))
            {
                problems.Add(new(first.Number, "new_code", $"The code {group.Key} already belongs to {successor.NameVi} on {effectiveOn:yyyy-MM-dd}, not {first.NewNameVi}."));
                continue;
            }
            successor ??= register.Units.FirstOrDefault(u => u.Kind == OrgUnitKind.Province && u.Code is null && u.ActiveFrom >= effectiveOn && u.ActiveTo is null
                && Named(first.NewNameVi, first.NewNameEn, u.NameVi, u.NameEn)) is { } adopted ? Adopt(adopted, group.Key) : null;
            if (successor is not null && successor.ActiveFrom < effectiveOn)
            {
                problems.Add(new(first.Number, "new_code", $"The code {group.Key} is held by {successor.NameVi} since {successor.ActiveFrom:yyyy-MM-dd}; the new unit must begin on {effectiveOn:yyyy-MM-dd}."));
                continue;
            }
            // The code is reused: the predecessor that held it ends first (in memory), so the new unit can take it from the date.
            foreach (var row in group)
            {
                var old = olds.GetValueOrDefault(row) ?? register.CreateHistorical(OrgUnitKind.Province, row.OldCode, row.OldNameVi, row.OldNameEn, null, RegisterBegins, eve);
                olds[row] = old;
            }
            successor ??= register.Create(OrgUnitKind.Province, group.Key, first.NewNameVi, first.NewNameEn, null, effectiveOn, null);
            foreach (var row in group)
                register.End(olds[row], eve, successor);
        }
        if (problems.Count > 0)
            return;
        register.Rehome(effectiveOn, child => register.Handovers.GetValueOrDefault(register.ById(child.ParentId)!),
            unit => register.Handovers.GetValueOrDefault(register.ById(unit.ReportsToId)!));
    }

    private static OrgUnit Adopt(OrgUnit unit, string code)
    {
        unit.Rename(code, unit.NameVi, unit.NameEn);
        return unit;
    }

    private static bool Named(string nameVi, string? nameEn, string unitNameVi, string? unitNameEn)
    {
        var keys = new[] { unitNameVi, unitNameEn }.OfType<string>().Select(UnitNames.ProvinceKey).ToHashSet();
        return keys.Contains(UnitNames.ProvinceKey(nameVi)) || (nameEn is not null && keys.Contains(UnitNames.ProvinceKey(nameEn)));
    }

    /// <summary>
    /// Old communes → new communes of the province. An old commune is found by its code on the eve
    /// under its old district, or by its name there (it takes the official code); one the register
    /// does not hold is skipped and listed. Every new commune is created under the province from the
    /// date, reporting to the province's Sở Nội vụ (none: to the province), unless its only
    /// predecessor holds its code: that one continues, moved under the province.
    /// </summary>
    private static OrgUnit? Communes(RestructuringRegister register, RestructuringFile file, string? provinceCode, List<FileProblem> problems, List<SkippedRowDto> skipped)
    {
        var effectiveOn = file.EffectiveOn;
        var eve = effectiveOn.AddDays(-1);
        var olds = new Dictionary<MappingRow, OrgUnit>();
        var districts = new HashSet<OrgUnit>();
        foreach (var row in file.Rows)
        {
            var district = register.HolderOn(row.OldDistrictCode!, eve, OrgUnitKind.District);
            if (district is null)
            {
                skipped.Add(new(row.Number, row.OldCode, row.OldNameVi, $"The district {row.OldDistrictCode} {row.OldDistrictName} is not in the register on {eve:yyyy-MM-dd}: skipped."));
                continue;
            }
            districts.Add(district);
            var byCode = register.AnyHolderOn(row.OldCode, eve);
            if (byCode is not null && (byCode.Kind != OrgUnitKind.Commune || register.ParentIdOn(byCode, eve) != district.Id))
            {
                problems.Add(new(row.Number, "old_commune_code", $"The code {row.OldCode} is {byCode.NameVi} in the register on {eve:yyyy-MM-dd}, not a commune of {district.NameVi}."));
                continue;
            }
            var key = UnitNames.LocalKey(row.OldNameVi);
            var old = byCode ?? register.ChildrenOn(district, eve).FirstOrDefault(u => u.Kind == OrgUnitKind.Commune && !IsOfficialCommuneCode(u.Code)
                && UnitNames.LocalKey(register.NameOn(u, eve)) == key);
            if (old is null)
            {
                skipped.Add(new(row.Number, row.OldCode, row.OldNameVi, "Not in the register: skipped (its successor is created all the same)."));
                continue;
            }
            if (old.Code != row.OldCode)
                old.Rename(row.OldCode, old.NameVi, old.NameEn);
            olds[row] = old;
        }

        var province = provinceCode is { Length: > 0 }
            ? register.AnyHolderOn(provinceCode.Trim(), effectiveOn) is { Kind: OrgUnitKind.Province } p ? p : null
            : districts.Select(d => ProvinceAfter(register, d, eve, effectiveOn)).FirstOrDefault(p => p is not null);
        if (province is null)
        {
            problems.Add(new(1, null, provinceCode is { Length: > 0 }
                ? $"No province holds the code {provinceCode} on {effectiveOn:yyyy-MM-dd}."
                : $"The province of the new communes cannot be told from the register: give provinceCode (the province's code on {effectiveOn:yyyy-MM-dd})."));
            return null;
        }
        if (problems.Count > 0)
            return province;

        var homeAffairs = register.HomeAffairsOf(province, effectiveOn);
        foreach (var group in file.Rows.GroupBy(r => r.NewCode))
        {
            var first = group.First();
            if (group.Count() == 1 && first.OldCode == first.NewCode && olds.TryGetValue(first, out var same))
            {
                register.Change(same, effectiveOn, kind: OrgUnitKind.Commune, nameVi: first.NewNameVi, nameEn: same.NameEn, parent: province, reportsTo: homeAffairs,
                    changeReportsTo: true, recordIn: register.Continued, change: same.StateFrom == effectiveOn && same.ParentId == province.Id ? "unchanged" : $"continues under {province.NameVi}");
                continue;
            }
            var successor = register.NewHolder(group.Key, OrgUnitKind.Commune, effectiveOn, group.Select(olds.GetValueOrDefault));
            if (successor is not null && (successor.ActiveFrom != effectiveOn || UnitNames.LocalKey(successor.NameVi) != UnitNames.LocalKey(first.NewNameVi)))
            {
                problems.Add(new(first.Number, "new_commune_code", $"The code {group.Key} already belongs to {successor.NameVi} on {effectiveOn:yyyy-MM-dd}."));
                continue;
            }
            successor ??= register.Create(OrgUnitKind.Commune, group.Key, first.NewNameVi, null, province, effectiveOn, homeAffairs);
            foreach (var row in group.Where(olds.ContainsKey))
                register.End(olds[row], eve, successor);
        }
        if (problems.Count > 0)
            return province;

        var ended = register.Handovers.Keys.ToHashSet();
        foreach (var district in districts)
            foreach (var commune in register.ChildrenOn(district, eve).Where(u => u.Kind == OrgUnitKind.Commune && !ended.Contains(u) && !olds.ContainsValue(u)))
                register.WithoutSuccessor.Add(register.Dto(commune, $"in {district.NameVi} but not in the file: stays as it is"));
        register.Rehome(effectiveOn, child => register.Handovers.GetValueOrDefault(register.ById(child.ParentId)!),
            unit => register.Handovers.GetValueOrDefault(register.ById(unit.ReportsToId)!) ?? homeAffairs);
        return province;
    }

    /// <summary>Official commune codes are five digits; a demo's or an operator's own code is not.</summary>
    private static bool IsOfficialCommuneCode(string? code) => code is { Length: 5 } && code.All(char.IsAsciiDigit);

    private static OrgUnit? ProvinceAfter(RestructuringRegister register, OrgUnit district, DateOnly eve, DateOnly effectiveOn)
    {
        var province = register.ById(register.ParentIdOn(district, eve));
        while (province is not null && province.Kind != OrgUnitKind.Province)
            province = register.ById(register.ParentIdOn(province, eve));
        for (var hops = 0; province is not null && !province.IsActiveOn(effectiveOn) && hops < 10; hops++)
            province = register.ById(province.SuccessorId);
        return province is not null && province.IsActiveOn(effectiveOn) ? province : null;
    }

    /// <summary>
    /// Every district of the province ends on <paramref name="endsOn"/>, with the offices under it
    /// (its Phòng Nội vụ). What else was under a district moves under the province; whatever reported
    /// to an ended unit reports to the province's Sở Nội vụ (none: to the province).
    /// </summary>
    private static void EndLevel(RestructuringRegister register, OrgUnit province, OrgUnitKind level, DateOnly endsOn)
    {
        var effectiveOn = endsOn.AddDays(1);
        var districts = register.Units.Where(u => u.Kind == level && u.IsWithin(province.Path) && u.IsActiveOn(endsOn) && (u.ActiveTo is null || u.ActiveTo >= endsOn)).ToList();
        foreach (var district in districts)
        {
            if (district.ActiveTo is { } end && end < endsOn)
                continue;
            register.End(district, endsOn, null);
            foreach (var office in register.ChildrenOn(district, endsOn).Where(u => u.Kind is OrgUnitKind.Department or OrgUnitKind.OtherBody).ToList())
                register.End(office, endsOn, null);
        }
        var homeAffairs = register.HomeAffairsOf(province, effectiveOn);
        register.Rehome(effectiveOn, _ => province, _ => homeAffairs);
    }
}
