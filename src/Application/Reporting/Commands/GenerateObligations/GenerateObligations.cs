using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Reporting;

namespace PapiTracker.Application.Reporting.Commands.GenerateObligations;

/// <summary>
/// Works out who owes this period's report to whom: every unit of the province that existed during
/// the period's window and has a reporting line or a part in the plan's actions reports to its
/// reporting line (the province when it has none). A unit merged away before the window owes nothing;
/// its successor does. Generating again adds only what is missing.
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
        var owing = units.Values
            .Where(u => u.Id != provinceId && period.Covers(u) && (u.ReportsToId is not null || assigned.Contains(u.Id)))
            .ToList();

        var existing = await db.ReportObligations.Where(o => o.PeriodId == period.Id).Select(o => o.UnitId).ToListAsync(cancellationToken);
        var created = owing
            .Where(u => !existing.Contains(u.Id))
            .Select(u => ReportObligation.Owe(period, u, RecipientOf(u, units, provinceId)))
            .ToList();
        db.ReportObligations.AddRange(created);
        await db.SaveChangesAsync(cancellationToken);
        return new GeneratedObligationsDto(created.Count, existing.Count + created.Count);
    }

    private static OrgUnit RecipientOf(OrgUnit unit, Dictionary<int, OrgUnit> units, int provinceId) =>
        unit.ReportsToId is { } to && units.TryGetValue(to, out var recipient) ? recipient : units[provinceId];
}
