using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Models;

namespace PapiTracker.Application.ScoreReleases.Queries.GetScoreReleases;

/// <summary>The imported releases, newest survey year first.</summary>
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
        var releases =
            from release in db.ScoreReleases.AsNoTracking()
            from framework in db.Frameworks
            from version in framework.Versions
            where version.Id == release.FrameworkVersionId && (query.Framework == null || framework.Code == query.Framework)
            select new ScoreReleaseDto(
                release.Id,
                framework.Code,
                version.Code,
                release.SurveyYear,
                release.Entries.Count,
                release.Source,
                release.ImportedAt,
                release.Revision);

        var total = await releases.CountAsync(cancellationToken);
        var items = await releases
            .OrderBy(r => r.Framework).ThenByDescending(r => r.SurveyYear)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(cancellationToken);
        return new PagedList<ScoreReleaseDto>(items, query.Page, query.PageSize, total);
    }
}
