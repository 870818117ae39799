using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Application.OrgUnits.Queries.GetDocumentProfile;

/// <summary>A unit's document profile, for those who see the unit; 404 when the unit is not theirs or has none yet.</summary>
[RequiresPermission(Permission.ReadUnits)]
public sealed record GetDocumentProfileQuery(int UnitId) : IQuery<DocumentProfileDto>;

public sealed class GetDocumentProfileQueryHandler(IApplicationDbContext db, AccessControl access) : IQueryHandler<GetDocumentProfileQuery, DocumentProfileDto>
{
    public async ValueTask<DocumentProfileDto> Handle(GetDocumentProfileQuery query, CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(Permission.ReadUnits, cancellationToken);
        if (!await db.OrgUnits.Within(scope).AnyAsync(u => u.Id == query.UnitId, cancellationToken))
            throw new NotFoundException(Messages.Resources.Unit, query.UnitId);
        var profile = await db.DocumentProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.UnitId == query.UnitId, cancellationToken)
            ?? throw new NotFoundException(Messages.Resources.DocumentProfile, query.UnitId);
        return DocumentProfileDto.From(profile);
    }
}
