using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;

namespace PapiTracker.Application.Frameworks.Queries.GetFrameworks;

/// <summary>The catalogue of index frameworks with every version's dimensions, sub-dimensions and scales.</summary>
[RequiresPermission(Permission.ReadScores)]
public sealed record GetFrameworksQuery : IQuery<IReadOnlyList<FrameworkDto>>;

public sealed class GetFrameworksQueryHandler(IApplicationDbContext db) : IQueryHandler<GetFrameworksQuery, IReadOnlyList<FrameworkDto>>
{
    public async ValueTask<IReadOnlyList<FrameworkDto>> Handle(GetFrameworksQuery query, CancellationToken cancellationToken)
    {
        var frameworks = await db.Frameworks.WithStructure()
            .OrderBy(f => f.Code)
            .ToListAsync(cancellationToken);
        return frameworks.Select(FrameworkMapper.ToDto).ToList();
    }
}
