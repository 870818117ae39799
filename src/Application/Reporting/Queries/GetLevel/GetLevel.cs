using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Reporting;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Reporting.Queries.GetLevel;

/// <summary>
/// A receiving unit's level of a period (cấp tổng hợp): how many reports are owed to it, how many are approved,
/// and its sign-off when given — for those who see the unit.
/// </summary>
[RequiresPermission(Permission.ReadPlans)]
public sealed record GetLevelQuery(int PeriodId, int UnitId) : IQuery<LevelDto>;

public sealed record LevelDto(int PeriodId, int UnitId, int Owed, int Approved, LevelApprovalDto? SignOff);

public sealed class GetLevelQueryHandler(IApplicationDbContext db, AccessControl access) : IQueryHandler<GetLevelQuery, LevelDto>
{
    public async ValueTask<LevelDto> Handle(GetLevelQuery query, CancellationToken cancellationToken)
    {
        var (period, _, _) = await db.VisiblePeriodAsync(access, query.PeriodId, cancellationToken);
        var scope = await access.ScopeAsync(Permission.ReadPlans, cancellationToken);
        if (!await db.OrgUnits.Within(scope).AnyAsync(u => u.Id == query.UnitId, cancellationToken))
            throw new NotFoundException(Messages.Resources.Unit, query.UnitId);

        var counts = await db.Owed(period.Id, query.UnitId).GroupBy(_ => 1)
            .Select(g => new { Owed = g.Count(), Approved = g.Count(s => s == SubmissionStatus.Approved) })
            .SingleOrDefaultAsync(cancellationToken);
        var signOff = await db.LevelApprovals.AsNoTracking()
            .SingleOrDefaultAsync(a => a.PeriodId == period.Id && a.UnitId == query.UnitId, cancellationToken);
        return new LevelDto(period.Id, query.UnitId, counts?.Owed ?? 0, counts?.Approved ?? 0, signOff is null ? null : LevelApprovalDto.From(signOff));
    }
}
