using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Application.OrgUnits.Queries.GetOrgUnitByCode;

/// <summary>
/// The unit an official code named on a day (today in Việt Nam by default), as it stood then: codes
/// are reused (24 is Bắc Giang until 30/6/2025 and Bắc Ninh from 1/7/2025). Outside the caller's scope, or no
/// unit with the code that day: not found.
/// </summary>
[RequiresPermission(Permission.ReadUnits)]
public sealed record GetOrgUnitByCodeQuery(string Code, DateOnly? On = null) : IQuery<OrgUnitDto>;

public sealed class GetOrgUnitByCodeQueryValidator : AbstractValidator<GetOrgUnitByCodeQuery>
{
    public GetOrgUnitByCodeQueryValidator() => RuleFor(q => q.Code).NotEmpty().MaximumLength(OrgUnit.CodeMaxLength);
}

public sealed class GetOrgUnitByCodeQueryHandler(IApplicationDbContext db, AccessControl access, TimeProvider clock) : IQueryHandler<GetOrgUnitByCodeQuery, OrgUnitDto>
{
    public async ValueTask<OrgUnitDto> Handle(GetOrgUnitByCodeQuery query, CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(Permission.ReadUnits, cancellationToken);
        var day = query.On ?? VietnamTime.Today(clock.GetUtcNow());
        var code = query.Code.Trim();
        return await db.OrgUnits.AsNoTracking().Within(scope).Where(u => u.Code == code).On(db, day).AsDtos().FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Messages.Resources.Unit, code);
    }
}
