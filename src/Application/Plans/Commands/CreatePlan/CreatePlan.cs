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

/// <summary>Records a province's plan with its targets; the coordinator must hold the province in scope.</summary>
[RequiresPermission(Permission.ManagePlans)]
public sealed record CreatePlanCommand(
    int ProvinceId, string TitleVi, string? TitleEn, string IssuerVi, string? IssuerEn, string? DocumentNumber, DateOnly? IssuedOn,
    int BaselineYear, int TargetYear, IReadOnlyList<TargetInput> Targets, string Framework = IndexFramework.DefaultCode) : ICommand<PlanSummaryDto>;

public sealed record TargetInput(TargetKind Kind, string? Code, decimal Value, string? NoteVi, string? NoteEn);

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
    }

    /// <summary>Targets one plan sets, at most (a total, the dimensions and the sub-dimensions fit many times over).</summary>
    public const int MaxTargets = 200;
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
        RuleFor(x => x.NoteVi).MaximumLength(Plan.TitleMaxLength);
        RuleFor(x => x.NoteEn).MaximumLength(Plan.TitleMaxLength);
        RuleFor(x => x.Value).GreaterThanOrEqualTo(1).When(x => x.Kind == TargetKind.TotalRank);
        RuleFor(x => x.Value).GreaterThan(0);
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
        var version = framework.VersionForYear(command.TargetYear)
            ?? throw new ValidationException([new ValidationFailure("targetYear", Messages.NoVersionCovers(framework.Code, command.TargetYear))]);

        var failures = command.Targets.Select((t, i) => (t, i))
            .Where(x => x.t.Kind == TargetKind.DimensionScore && version.Dimensions.All(d => d.Code != x.t.Code)
                || x.t.Kind == TargetKind.SubDimensionScore && version.SubDimensions.All(s => s.Code != x.t.Code))
            .Select(x => new ValidationFailure($"targets[{x.i}].code", Messages.TargetCodeUnknown(version.Code, command.TargetYear, x.t.Code)))
            .ToList();
        if (failures.Count > 0)
            throw new ValidationException(failures);

        var plan = Plan.Create(province, framework.Code, command.TitleVi, command.TitleEn, command.IssuerVi, command.IssuerEn,
            command.DocumentNumber, command.IssuedOn, command.BaselineYear, command.TargetYear);
        foreach (var target in command.Targets)
            plan.AddTarget(target.Kind, target.Code, target.Value, target.NoteVi, target.NoteEn);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return new PlanSummaryDto(plan.Id, province.Id, province.NameVi, plan.Framework, plan.TitleVi, plan.TitleEn, plan.DocumentNumber,
            plan.IssuedOn, plan.BaselineYear, plan.TargetYear, plan.Status, 0);
    }
}
