using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Reporting;
using PapiTracker.Domain.Common;
using PapiTracker.Application.Common.Validation;

namespace PapiTracker.Application.Reporting.Commands.GenerateReportingPeriods;

/// <summary>
/// Generates a plan's reporting periods for some years from its schedule: every kind and date is the
/// caller's to set; left out, the schedule is the plan's (quarter 20/3, half-year 20/6, annual 30/11)
/// with a Q3 report on 20/9. Periods that exist are kept as they are, so generating twice changes nothing.
/// </summary>
[RequiresPermission(Permission.ManagePlans)]
public sealed record GenerateReportingPeriodsCommand(
    int PlanId, IReadOnlyList<int>? Years = null, IReadOnlyList<ScheduleEntry>? Schedule = null, DateOnly? UnitPlanDueOn = null)
    : ICommand<GeneratedPeriodsDto>;

/// <summary>One kind of report in a year: the window it covers (month/day), its due day, and how many days after it the period locks.</summary>
public sealed record ScheduleEntry(ReportingPeriodKind Kind, int DueMonth, int DueDay, int CoverageToMonth, int CoverageToDay, int? LockDaysAfterDue = 10);

public sealed record GeneratedPeriodsDto(int Created, IReadOnlyList<ReportingPeriodDto> Periods);

public sealed class GenerateReportingPeriodsCommandValidator : AbstractValidator<GenerateReportingPeriodsCommand>
{
    public GenerateReportingPeriodsCommandValidator()
    {
        RuleFor(c => c.Years).MaxItems(MaxYears).WithText(Messages.AtMostEntries(MaxYears));
        RuleForEach(c => c.Years).IsSurveyYear();
        RuleForEach(c => c.Schedule).NotNull().WithText(Messages.ScheduleEntryNotNull);
        RuleForEach(c => c.Schedule).SetValidator(new ScheduleEntryValidator());
        // One entry a kind at most, so the list is as long as the kinds are.
        RuleFor(c => c.Schedule).MaxItems(Enum.GetValues<ReportingPeriodKind>().Length).WithText(Messages.ScheduleKindTwice)
            .Must(s => s is null || s.Select(e => e?.Kind).Distinct().Count() == s.Count).WithText(Messages.ScheduleKindTwice);
    }

    /// <summary>Years one call generates, at most (a plan runs a few years).</summary>
    public const int MaxYears = 20;
}

/// <summary>One kind of period's calendar; its own validator, so the API document reads its bounds.</summary>
public sealed class ScheduleEntryValidator : AbstractValidator<ScheduleEntry>
{
    public ScheduleEntryValidator()
    {
        RuleFor(x => x.Kind).IsInEnum().NotEqual(ReportingPeriodKind.UnitPlan).WithText(Messages.UnitPlanIsOneOff);
        RuleFor(x => x.DueMonth).InclusiveBetween(1, 12).WithText(Messages.NotADayOfTheYear);
        RuleFor(x => x.CoverageToMonth).InclusiveBetween(1, 12).WithText(Messages.NotADayOfTheYear);
        RuleFor(x => x.DueDay).InclusiveBetween(1, 31).WithText(Messages.NotADayOfTheYear)
            .Must((x, day) => IsDay(x.DueMonth, day)).WithText(Messages.NotADayOfTheYear);
        RuleFor(x => x.CoverageToDay).InclusiveBetween(1, 31).WithText(Messages.NotADayOfTheYear)
            .Must((x, day) => IsDay(x.CoverageToMonth, day)).WithText(Messages.NotADayOfTheYear);
        RuleFor(x => x.LockDaysAfterDue).InclusiveBetween(0, 366);
    }

    private static bool IsDay(int month, int day) => month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2001, month);
}

public sealed class GenerateReportingPeriodsCommandHandler(IApplicationDbContext db, AccessControl access)
    : ICommandHandler<GenerateReportingPeriodsCommand, GeneratedPeriodsDto>
{
    private static readonly ScheduleEntry[] PlanSchedule =
    [
        new(ReportingPeriodKind.Quarterly, 3, 20, 3, 15),
        new(ReportingPeriodKind.HalfYear, 6, 20, 6, 15),
        new(ReportingPeriodKind.ThirdQuarter, 9, 20, 9, 15),
        new(ReportingPeriodKind.Annual, 11, 30, 11, 15),
    ];

    public async ValueTask<GeneratedPeriodsDto> Handle(GenerateReportingPeriodsCommand command, CancellationToken cancellationToken)
    {
        var (plan, _) = await db.PlanToChangeAsync(access, command.PlanId, cancellationToken);

        var years = command.Years ?? Enumerable.Range(plan.BaselineYear + 1, plan.TargetYear - plan.BaselineYear).ToList();
        var wanted = years.Distinct().SelectMany(year => (command.Schedule ?? PlanSchedule).Select(e =>
        {
            var due = new DateOnly(year, e.DueMonth, e.DueDay);
            var to = new DateOnly(year, e.CoverageToMonth, e.CoverageToDay);
            return ReportingPeriod.Create(plan.Id, e.Kind, year, new DateOnly(year, 1, 1), to, due, e.LockDaysAfterDue is { } days ? due.AddDays(days) : null, to);
        })).ToList();
        if (command.UnitPlanDueOn is { } unitPlanDue)
        {
            var from = plan.IssuedOn ?? new DateOnly(unitPlanDue.Year, 1, 1);
            wanted.Add(ReportingPeriod.Create(plan.Id, ReportingPeriodKind.UnitPlan, unitPlanDue.Year, from, unitPlanDue, unitPlanDue, unitPlanDue.AddDays(30), null));
        }

        var existing = await db.ReportingPeriods.Where(p => p.PlanId == plan.Id).ToListAsync(cancellationToken);
        var created = wanted.Where(w => !existing.Any(e => e.Kind == w.Kind && e.Year == w.Year)).ToList();
        db.ReportingPeriods.AddRange(created);
        await db.SaveChangesAsync(cancellationToken);
        var all = existing.Concat(created).OrderBy(p => p.DueOn).Select(ReportingPeriodDto.From).ToList();
        return new GeneratedPeriodsDto(created.Count, all);
    }
}
