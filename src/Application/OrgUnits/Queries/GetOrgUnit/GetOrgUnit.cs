using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.OrgUnits.Queries.GetOrgUnit;

/// <summary>One unit; outside the caller's scope it is reported as not found.</summary>
[RequiresPermission(Permission.ReadUnits)]
public sealed record GetOrgUnitQuery(int Id) : IQuery<Versioned<OrgUnitDto>>;

public sealed class GetOrgUnitQueryHandler(IApplicationDbContext db, AccessControl access) : IQueryHandler<GetOrgUnitQuery, Versioned<OrgUnitDto>>
{
    public async ValueTask<Versioned<OrgUnitDto>> Handle(GetOrgUnitQuery query, CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(Permission.ReadUnits, cancellationToken);
        var unit = await db.OrgUnits.AsNoTracking().Within(scope).SingleOrDefaultAsync(u => u.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException(Messages.Resources.Unit, query.Id);
        return new Versioned<OrgUnitDto>(OrgUnitDto.From(unit), unit.Version);
    }
}
