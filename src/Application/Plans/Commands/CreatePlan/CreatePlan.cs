using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Scores;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Plans;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Frameworks;
using PapiTracker.Application.Common.Validation;

namespace PapiTracker.Application.Plans.Commands.CreatePlan;

/// <summary>
/// Records a province's plan with its targets; the coordinator must hold the province in scope. The plan
/// answers its lead index (<c>Framework</c> from <c>BaselineYear</c>) and any further <c>Indices</c>, each
/// from its own baseline; a target names its index (the lead one when it names none), and its code must be
/// a component of that index's version in its baseline year (and in the target year, when a version covers it).
/// </summary>
[RequiresPermission(Permission.ManagePlans)]
public sealed record CreatePlanCommand(
    int ProvinceId, string TitleVi, string? TitleEn, string IssuerVi, string? IssuerEn, string? DocumentNumber, DateOnly? IssuedOn,
    int BaselineYear, int TargetYear, IReadOnlyList<TargetInput> Targets, string Framework = IndexFramework.DefaultCode,
    IReadOnlyList<PlanIndexInput>? Indices = null) : ICommand<PlanSummaryDto>;

/// <param name="Framework">The index the target is on; the plan's lead index when omitted.</param>
public sealed record TargetInput(TargetKind Kind, string? Code, decimal Value, string? NoteVi, string? NoteEn, string? Framework = null);

/// <summary>A further index the plan answers, from the survey year of its own baseline release.</summary>
public sealed record PlanIndexInput(string Framework, int BaselineYear);

public sealed class CreatePlanCommandValidator : AbstractValidator<CreatePlanCommand>
{
    public CreatePlanCommandValidator()
    {
        RuleFor(c => c.TitleVi).NotEmpty().MaximumLength(Plan.TitleMaxLength);
        RuleFor(c => c.TitleEn).MaximumLength(Plan.TitleMaxLength);
        RuleFor(c => c.IssuerVi).NotEmpty().MaximumLength(Plan.TitleMaxLength);
        RuleFor(c => c.IssuerEn).MaximumLength(Plan.TitleMaxLength);
        RuleFor(c => c.DocumentNumber).MaximumLength(Plan.DocumentNumberMaxLength);
        RuleFor(c => c.BaselineYear).IsSurveyYear();
        RuleFor(c => c.TargetYear).GreaterThan(c => c.BaselineYear).WithText(Messages.TargetYearComesAfterBaseline);
        RuleFor(c => c.Targets).MaxItems(MaxTargets).WithText(Messages.AtMostEntries(MaxTargets));
        RuleFor(c => c.Framework).MaximumLength(FrameworkLimits.CodeMaxLength);
        RuleForEach(c => c.Targets).NotNull().WithText(Messages.TargetNotNull);
        RuleForEach(c => c.Targets).SetValidator(new TargetInputValidator());
        RuleFor(c => c.Indices).MaxItems(MaxIndices).WithText(Messages.AtMostEntries(MaxIndices));
        RuleForEach(c => c.Indices).NotNull().WithText(Messages.PlanIndexNotNull);
        RuleForEach(c => c.Indices).SetValidator(new PlanIndexInputValidator());
        RuleForEach(c => c.Indices).Must((c, i) => i.BaselineYear < c.TargetYear).When((_, i) => i is not null)
            .WithText(Messages.TargetYearComesAfterBaseline);
        RuleFor(c => c.Indices).Must((c, indices) => indices!.Where(i => i is not null).Select(i => i.Framework).Append(c.Framework).Distinct().Count() == indices!.Count + 1)
            .When(c => c.Indices is not null && c.Indices.All(i => i is not null)).WithText(Messages.PlanIndexListedTwice);
    }

    /// <summary>Targets one plan sets, at most (a total, the dimensions and the sub-dimensions fit many times over).</summary>
    public const int MaxTargets = 200;

    /// <summary>Indices a plan answers besides its lead one, at most (Cần Thơ's 101/KH-UBND names five in all).</summary>
    public const int MaxIndices = 10;
}

/// <summary>One target of a plan; its own validator, so the API document reads its bounds.</summary>
public sealed class TargetInputValidator : AbstractValidator<TargetInput>
{
    public TargetInputValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Code).NotEmpty().When(x => x.Kind is TargetKind.DimensionScore or TargetKind.SubDimensionScore)
            .WithText(Messages.NameTheCode);
        RuleFor(x => x.Code).Empty().When(x => x.Kind is TargetKind.TotalRank or TargetKind.TotalScore).WithText(Messages.TotalTargetHasNoCode);
        RuleFor(x => x.Code).MaximumLength(FrameworkLimits.CodeMaxLength);
        RuleFor(x => x.Framework).MaximumLength(FrameworkLimits.CodeMaxLength);
        RuleFor(x => x.NoteVi).MaximumLength(Plan.TitleMaxLength);
        RuleFor(x => x.NoteEn).MaximumLength(Plan.TitleMaxLength);
        RuleFor(x => x.Value).GreaterThanOrEqualTo(1).When(x => x.Kind == TargetKind.TotalRank);
        RuleFor(x => x.Value).GreaterThan(0);
    }
}

/// <summary>A further index of a plan; its own validator, so the API document reads its bounds.</summary>
public sealed class PlanIndexInputValidator : AbstractValidator<PlanIndexInput>
{
    public PlanIndexInputValidator()
    {
        RuleFor(i => i.Framework).NotEmpty().MaximumLength(FrameworkLimits.CodeMaxLength);
        RuleFor(i => i.BaselineYear).IsSurveyYear();
    }
}

public sealed class CreatePlanCommandHandler(IApplicationDbContext db, AccessControl access, StandingsReader standings)
    : ICommandHandler<CreatePlanCommand, PlanSummaryDto>
{
    public async ValueTask<PlanSummaryDto> Handle(CreatePlanCommand command, CancellationToken cancellationToken)
    {
        var province = await db.OrgUnits.SingleOrDefaultAsync(u => u.Id == command.ProvinceId && u.Kind == OrgUnitKind.Province, cancellationToken)
            ?? throw new ValidationException([new ValidationFailure("provinceId", Messages.UnitIsNotAProvince(command.ProvinceId))]);
        await access.EnsureCanWriteAsync(Permission.ManagePlans, province.Path, cancellationToken);
        var framework = await standings.FrameworkAsync(command.Framework, cancellationToken);
        if (framework.VersionForYear(command.TargetYear) is null)
            throw new ValidationException([new ValidationFailure("targetYear", Messages.NoVersionCovers(framework.Code, command.TargetYear))]);

        // Each index with the version its baseline was scored on; the lead index's may be older than any version.
        var failures = new List<ValidationFailure>();
        var indices = new Dictionary<string, (IndexFramework Framework, FrameworkVersion? Baseline, int BaselineYear)>
        {
            [framework.Code] = (framework, framework.VersionForYear(command.BaselineYear), command.BaselineYear),
        };
        foreach (var (index, i) in (command.Indices ?? []).Select((x, i) => (x, i)))
        {
            var other = await standings.FindFrameworkAsync(index.Framework, cancellationToken);
            if (other is null)
                failures.Add(new($"indices[{i}].framework", Messages.NoSuchFramework(index.Framework)));
            else if (other.VersionForYear(index.BaselineYear) is { } baseline)
                indices[other.Code] = (other, baseline, index.BaselineYear);
            else
                failures.Add(new($"indices[{i}].baselineYear", Messages.NoVersionCovers(other.Code, index.BaselineYear)));
        }
        var listed = (command.Indices ?? []).Select(i => i.Framework).Append(framework.Code).ToHashSet();
        foreach (var (target, i) in command.Targets.Select((t, i) => (t, i)))
        {
            var code = target.Framework ?? framework.Code;
            if (!listed.Contains(code))
                failures.Add(new($"targets[{i}].framework", Messages.PlanHasNoIndex(code)));
            if (!indices.TryGetValue(code, out var on) || target.Kind is not (TargetKind.DimensionScore or TargetKind.SubDimensionScore))
                continue;
            var lacking = new[] { (Version: on.Baseline, Year: on.BaselineYear), (Version: on.Framework.VersionForYear(command.TargetYear), Year: command.TargetYear) }
                .FirstOrDefault(v => v.Version is not null && (target.Kind == TargetKind.DimensionScore
                    ? v.Version.Dimensions.All(d => d.Code != target.Code)
                    : v.Version.SubDimensions.All(s => s.Code != target.Code)));
            if (lacking.Version is not null)
                failures.Add(new($"targets[{i}].code", Messages.TargetCodeUnknown(lacking.Version.Code, lacking.Year, target.Code)));
        }
        if (failures.Count > 0)
            throw new ValidationException(failures);

        var plan = Plan.Create(province, framework.Code, command.TitleVi, command.TitleEn, command.IssuerVi, command.IssuerEn,
            command.DocumentNumber, command.IssuedOn, command.BaselineYear, command.TargetYear);
        foreach (var index in command.Indices ?? [])
            plan.AddIndex(index.Framework, index.BaselineYear);
        foreach (var target in command.Targets)
            plan.AddTarget(target.Kind, target.Code, target.Value, target.NoteVi, target.NoteEn, target.Framework);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return new PlanSummaryDto(plan.Id, province.Id, province.NameVi, plan.Framework, plan.TitleVi, plan.TitleEn, plan.DocumentNumber,
            plan.IssuedOn, plan.BaselineYear, plan.TargetYear, plan.Status, 0);
    }
}
