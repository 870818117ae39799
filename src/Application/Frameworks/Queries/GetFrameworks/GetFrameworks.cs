using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;

namespace PapiTracker.Application.Frameworks.Queries.GetFrameworks;

/// <summary>The catalogue of index frameworks with every version's dimensions, sub-dimensions and scales, and the years each has a release of.</summary>
[RequiresPermission(Permission.ReadScores)]
public sealed record GetFrameworksQuery : IQuery<IReadOnlyList<FrameworkDto>>;

public sealed class GetFrameworksQueryHandler(IApplicationDbContext db) : IQueryHandler<GetFrameworksQuery, IReadOnlyList<FrameworkDto>>
{
    public async ValueTask<IReadOnlyList<FrameworkDto>> Handle(GetFrameworksQuery query, CancellationToken cancellationToken)
    {
        var frameworks = await db.Frameworks.WithStructure()
            .OrderBy(f => f.Code)
            .ToListAsync(cancellationToken);
        var releases = await db.ScoreReleases.AsNoTracking()
            .Select(r => new { r.FrameworkVersionId, r.SurveyYear })
            .ToListAsync(cancellationToken);
        return frameworks.Select(framework =>
        {
            var versionIds = framework.Versions.Select(v => v.Id).ToHashSet();
            return FrameworkMapper.ToDto(framework) with
            {
                ReleaseYears = releases.Where(r => versionIds.Contains(r.FrameworkVersionId)).Select(r => r.SurveyYear).Order().ToList(),
            };
        }).ToList();
    }
}
