using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;

namespace PapiTracker.Application.OrgUnits.Queries.GetOrgUnit;

/// <summary>One unit; outside the caller's scope it is reported as not found.</summary>
[RequiresPermission(Permission.ReadUnits)]
public sealed record GetOrgUnitQuery(int Id) : IQuery<OrgUnitDto>;

public sealed class GetOrgUnitQueryHandler(IApplicationDbContext db, AccessControl access) : IQueryHandler<GetOrgUnitQuery, OrgUnitDto>
{
    public async ValueTask<OrgUnitDto> Handle(GetOrgUnitQuery query, CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(Permission.ReadUnits, cancellationToken);
        return await db.OrgUnits.AsNoTracking().Within(scope)
            .Where(u => u.Id == query.Id)
            .Select(OrgUnitDto.Projection)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Unit", query.Id);
    }
}
