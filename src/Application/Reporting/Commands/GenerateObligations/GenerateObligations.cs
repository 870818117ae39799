using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.OrgUnits;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Reporting;

namespace PapiTracker.Application.Reporting.Commands.GenerateObligations;

/// <summary>
/// Works out who owes this period's report to whom, from the tree as it stands on the period's due day:
/// every unit of the province active that day with a reporting line or a part in the plan's actions
/// reports to its reporting line of that day (the province when it has none). A unit ended before the
/// due day owes nothing; its successor does, unless a report the predecessor began stands for it.
/// Generating again adds only what is missing.
/// </summary>
[RequiresPermission(Permission.ManagePlans)]
public sealed record GenerateObligationsCommand(int PeriodId) : ICommand<GeneratedObligationsDto>;

public sealed record GeneratedObligationsDto(int Created, int Total);

public sealed class GenerateObligationsCommandHandler(IApplicationDbContext db, AccessControl access)
    : ICommandHandler<GenerateObligationsCommand, GeneratedObligationsDto>
{
    public async ValueTask<GeneratedObligationsDto> Handle(GenerateObligationsCommand command, CancellationToken cancellationToken)
    {
        var (period, provinceId, provincePath) = await db.VisiblePeriodAsync(access, command.PeriodId, cancellationToken);
        await access.EnsureCanWriteAsync(Permission.ManagePlans, provincePath, cancellationToken);

        var units = await db.OrgUnits.AsNoTracking().Where(u => u.Path.StartsWith(provincePath)).ToDictionaryAsync(u => u.Id, cancellationToken);
        var assigned = await db.ActionItems.AsNoTracking()
            .Where(a => a.PlanId == period.PlanId)
            .SelectMany(a => a.Units.Select(u => u.UnitId))
            .Distinct()
            .ToListAsync(cancellationToken);
        var linesOnDueDay = await db.OrgUnits.Where(u => u.Path.StartsWith(provincePath)).On(db, period.DueOn)
            .ToDictionaryAsync(u => u.Id, u => u.ReportsToId, cancellationToken);
        var owing = linesOnDueDay
            .Where(line => line.Key != provinceId && (line.Value is not null || assigned.Contains(line.Key)))
            .ToList();

        var existing = await db.CountedObligations().Where(c => c.Obligation.PeriodId == period.Id).Select(c => c.CountsForId).ToListAsync(cancellationToken);
        var created = owing
            .Where(line => !existing.Contains(line.Key))
            .Select(line => ReportObligation.Owe(period, units[line.Key], RecipientOf(line.Value, units, provinceId)))
            .ToList();
        db.ReportObligations.AddRange(created);
        await db.SaveChangesAsync(cancellationToken);
        return new GeneratedObligationsDto(created.Count, existing.Count + created.Count);
    }

    private static OrgUnit RecipientOf(int? reportsToId, Dictionary<int, OrgUnit> units, int provinceId) =>
        reportsToId is { } to && units.TryGetValue(to, out var recipient) ? recipient : units[provinceId];
}
