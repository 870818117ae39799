using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Application.Restructurings.Queries.GetRestructurings;

/// <summary>The restructurings applied, newest first (a handful per reform: no paging).</summary>
[RequiresPermission(Permission.RestructureUnits)]
public sealed record GetRestructuringsQuery : IQuery<IReadOnlyList<RestructuringSummaryDto>>;

/// <summary>One applied restructuring in the list.</summary>
public sealed record RestructuringSummaryDto(
    int Id, RestructuringKind Kind, DateOnly EffectiveOn, string? LegalBasis, string? FileName, int? ProvinceId, DateTimeOffset AppliedAt, Guid? AppliedBy,
    int Ended, int Created, int Moved, int Carried, int NotCarried);

public sealed class GetRestructuringsQueryHandler(IApplicationDbContext db) : IQueryHandler<GetRestructuringsQuery, IReadOnlyList<RestructuringSummaryDto>>
{
    public async ValueTask<IReadOnlyList<RestructuringSummaryDto>> Handle(GetRestructuringsQuery query, CancellationToken cancellationToken) =>
        await db.Restructurings.AsNoTracking()
            .OrderByDescending(r => r.AppliedAt).ThenByDescending(r => r.Id)
            .Select(r => new RestructuringSummaryDto(r.Id, r.Kind, r.EffectiveOn, r.LegalBasis, r.FileName, r.ProvinceId, r.AppliedAt, r.AppliedBy,
                r.Ended, r.Created, r.Moved, r.Carried, r.NotCarried))
            .ToListAsync(cancellationToken);
}
