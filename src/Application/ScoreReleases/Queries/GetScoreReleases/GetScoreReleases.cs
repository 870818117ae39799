using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;

namespace PapiTracker.Application.ScoreReleases.Queries.GetScoreReleases;

/// <summary>The imported releases, newest survey year first.</summary>
[RequiresPermission(Permission.ReadScores)]
public sealed record GetScoreReleasesQuery(string? Framework = null, int Page = 1, int PageSize = PagedList<object>.DefaultPageSize)
    : IQuery<PagedList<ScoreReleaseDto>>;

public sealed class GetScoreReleasesQueryValidator : AbstractValidator<GetScoreReleasesQuery>
{
    public GetScoreReleasesQueryValidator() => this.ValidPage(q => q.Page, q => q.PageSize);
}

public sealed class GetScoreReleasesQueryHandler(IApplicationDbContext db) : IQueryHandler<GetScoreReleasesQuery, PagedList<ScoreReleaseDto>>
{
    public async ValueTask<PagedList<ScoreReleaseDto>> Handle(GetScoreReleasesQuery query, CancellationToken cancellationToken)
    {
        var versions = db.Frameworks.SelectMany(f => f.Versions.Select(v => new { Framework = f.Code, v.Id, v.Code }));
        var releases =
            from release in db.ScoreReleases.AsNoTracking()
            join version in versions on release.FrameworkVersionId equals version.Id
            where query.Framework == null || version.Framework == query.Framework
            orderby version.Framework, release.SurveyYear descending
            select new { release, version };

        return await releases
            .Select(r => new ScoreReleaseDto(
                r.release.Id,
                r.version.Framework,
                r.version.Code,
                r.release.SurveyYear,
                r.release.Entries.Count(e => e.Revision == r.release.Revision),
                r.release.Source,
                r.release.ImportedAt,
                r.release.Revision))
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
    }
}
