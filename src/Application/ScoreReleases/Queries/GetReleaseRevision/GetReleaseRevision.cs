using PapiTracker.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.ScoreReleases.Queries.GetReleaseRevisions;
using PapiTracker.Application.Scores;
using PapiTracker.Domain.Access;
using PapiTracker.Application.Common.Validation;
using PapiTracker.Domain.Frameworks;

namespace PapiTracker.Application.ScoreReleases.Queries.GetReleaseRevision;

/// <summary>One revision of a release as it was imported: every province it listed with its published values.</summary>
[RequiresPermission(Permission.ImportScores)]
public sealed record GetReleaseRevisionQuery(int Year, int Revision, string Framework = IndexFramework.DefaultCode) : IQuery<ReleaseRevisionDetailDto>;

/// <param name="Values">Sub-dimension code → published value; a code left out was not published.</param>
public sealed record RevisionLineDto(int ProvinceId, string ProvinceNameVi, string? ProvinceNameEn, IReadOnlyDictionary<string, decimal> Values);

public sealed record ReleaseRevisionDetailDto(int SurveyYear, string FrameworkVersion, ReleaseRevisionDto Revision, IReadOnlyList<RevisionLineDto> Provinces);

public sealed class GetReleaseRevisionQueryValidator : AbstractValidator<GetReleaseRevisionQuery>
{
    public GetReleaseRevisionQueryValidator()
    {
        RuleFor(q => q.Year).IsSurveyYear();
        RuleFor(q => q.Revision).GreaterThan(0);
        RuleFor(q => q.Framework).NotEmpty();
    }
}

public sealed class GetReleaseRevisionQueryHandler(IApplicationDbContext db, StandingsReader standings, ISender sender)
    : IQueryHandler<GetReleaseRevisionQuery, ReleaseRevisionDetailDto>
{
    public async ValueTask<ReleaseRevisionDetailDto> Handle(GetReleaseRevisionQuery query, CancellationToken cancellationToken)
    {
        var framework = await standings.FrameworkAsync(query.Framework, cancellationToken);
        var release = await db.ScoreReleases.AsNoTracking().OfYearAsync(framework, query.Year, cancellationToken);
        var revision = (await sender.Send(new GetReleaseRevisionsQuery(query.Year, query.Framework), cancellationToken))
            .SingleOrDefault(r => r.Number == query.Revision)
            ?? throw new NotFoundException(Messages.Resources.ReleaseRevision, $"{framework.Code} {query.Year} revision {query.Revision}");
        var lines = (await standings.ValuesAsync(framework, [release.Id], query.Revision, cancellationToken))[release.Id];
        var provinceIds = lines.Select(l => l.ProvinceId).ToList();
        var names = await db.OrgUnits.AsNoTracking()
            .Where(u => provinceIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => new { u.NameVi, u.NameEn }, cancellationToken);
        return new ReleaseRevisionDetailDto(
            release.SurveyYear,
            framework.VersionForYear(release.SurveyYear)!.Code,
            revision,
            lines.Select(l => new RevisionLineDto(l.ProvinceId, names[l.ProvinceId].NameVi, names[l.ProvinceId].NameEn, l.BySubDimension))
                .OrderBy(l => l.ProvinceNameVi, Domain.Common.VietnameseText.Order)
                .ToList());
    }
}
