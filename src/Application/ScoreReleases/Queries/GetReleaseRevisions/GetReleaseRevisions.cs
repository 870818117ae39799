using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Scores;
using PapiTracker.Domain.Access;
using PapiTracker.Application.Common.Validation;
using PapiTracker.Domain.Frameworks;

namespace PapiTracker.Application.ScoreReleases.Queries.GetReleaseRevisions;

/// <summary>Every revision of a survey year's release, newest first; the current one is marked.</summary>
[RequiresPermission(Permission.ImportScores)]
public sealed record GetReleaseRevisionsQuery(int Year, string Framework = IndexFramework.DefaultCode) : IQuery<IReadOnlyList<ReleaseRevisionDto>>;

public sealed class GetReleaseRevisionsQueryValidator : AbstractValidator<GetReleaseRevisionsQuery>
{
    public GetReleaseRevisionsQueryValidator()
    {
        RuleFor(q => q.Year).IsSurveyYear();
        RuleFor(q => q.Framework).NotEmpty();
    }
}

public sealed class GetReleaseRevisionsQueryHandler(IApplicationDbContext db, StandingsReader standings, IIdentityService identity)
    : IQueryHandler<GetReleaseRevisionsQuery, IReadOnlyList<ReleaseRevisionDto>>
{
    public async ValueTask<IReadOnlyList<ReleaseRevisionDto>> Handle(GetReleaseRevisionsQuery query, CancellationToken cancellationToken)
    {
        var framework = await standings.FrameworkAsync(query.Framework, cancellationToken);
        var release = await db.ScoreReleases.AsNoTracking().OfYearAsync(framework, query.Year, cancellationToken);
        var revisions = await db.ScoreReleaseRevisions.AsNoTracking()
            .Where(r => r.ScoreReleaseId == release.Id)
            .OrderByDescending(r => r.Number)
            .ToListAsync(cancellationToken);
        var names = await identity.DisplayNamesAsync(revisions.Select(r => r.UserId).OfType<Guid>().Distinct().ToList(), cancellationToken);
        return revisions.Select(r => new ReleaseRevisionDto(
            r.Number, r.Kind, r.Number == release.Revision, r.Source, r.Sha256, r.RestoredFrom, r.At,
            r.UserId, r.UserId is { } id ? names.GetValueOrDefault(id) : null, r.ApiTokenId,
            r.Provinces, r.Values, r.ProvincesAdded, r.ProvincesRemoved, r.ProvincesChanged, r.ValuesChanged, r.RanksMoved)).ToList();
    }
}
