using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.OrgUnits.Queries.GetOrgUnit;

/// <summary>
/// One unit; outside the caller's scope it is reported as not found. With <c>AsOf</c>, as it stood that
/// day (not found if it was not active then).
/// </summary>
[RequiresPermission(Permission.ReadUnits)]
public sealed record GetOrgUnitQuery(int Id, DateOnly? AsOf = null) : IQuery<Versioned<OrgUnitDto>>;

public sealed class GetOrgUnitQueryHandler(IApplicationDbContext db, AccessControl access) : IQueryHandler<GetOrgUnitQuery, Versioned<OrgUnitDto>>
{
    public async ValueTask<Versioned<OrgUnitDto>> Handle(GetOrgUnitQuery query, CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(Permission.ReadUnits, cancellationToken);
        var units = db.OrgUnits.AsNoTracking().Within(scope).Where(u => u.Id == query.Id);
        var unit = await units.SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException(Messages.Resources.Unit, query.Id);
        if (query.AsOf is { } day)
            return new Versioned<OrgUnitDto>(await units.On(db, day).AsDtos().SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException(Messages.Resources.Unit, query.Id), unit.Version);
        return new Versioned<OrgUnitDto>(OrgUnitDto.From(unit), unit.Version);
    }
}
