using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Scores;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Application.Provinces.Queries.GetProvinceStandings;

/// <summary>
/// Every index a province is officially scored on, each with its latest survey year: total, rank and the
/// change against the year before (the province overview's first row). An index it has no official figure
/// in is left out; a merged unit's estimates are the profile's, not listed here.
/// </summary>
[RequiresPermission(Permission.ReadScores)]
public sealed record GetProvinceStandingsQuery(int ProvinceId) : IQuery<IReadOnlyList<FrameworkStandingDto>>;

/// <param name="Framework">The index's code (PAPI, PCI …); its versions and scales are in <c>GET /frameworks</c>.</param>
/// <param name="PublishedDecimals">How many decimals the index is read with (its scores stay unrounded).</param>
/// <param name="HigherIsBetter">Direction: false when a lower score ranks first (a fall is then a gain).</param>
/// <param name="Total">The total of <paramref name="SurveyYear"/> with its rank and change.</param>
public sealed record FrameworkStandingDto(
    string Framework, string NameVi, string NameEn, int PublishedDecimals, bool HigherIsBetter, int SurveyYear, string FrameworkVersion, ScoreDto Total);

public sealed class GetProvinceStandingsQueryHandler(IApplicationDbContext db, StandingsReader reader)
    : IQueryHandler<GetProvinceStandingsQuery, IReadOnlyList<FrameworkStandingDto>>
{
    public async ValueTask<IReadOnlyList<FrameworkStandingDto>> Handle(GetProvinceStandingsQuery query, CancellationToken cancellationToken)
    {
        if (!await db.OrgUnits.AnyAsync(u => u.Id == query.ProvinceId && u.Kind == OrgUnitKind.Province, cancellationToken))
            throw new NotFoundException(Messages.Resources.Province, query.ProvinceId);

        var scored = await db.Frameworks.AsNoTracking()
            .Where(f => f.Versions.Any(v => db.ScoreReleases.Any(r => r.FrameworkVersionId == v.Id)))
            .OrderBy(f => f.Code)
            .Select(f => f.Code)
            .ToListAsync(cancellationToken);
        var standings = new List<FrameworkStandingDto>();
        foreach (var code in scored)
        {
            var framework = await reader.FrameworkAsync(code, cancellationToken);
            var releases = await reader.ReleasesAsync(framework, int.MinValue, int.MaxValue, cancellationToken);
            if (releases.Values.LastOrDefault(r => r.For(query.ProvinceId) is not null) is not { } latest)
                continue;
            var result = ProvinceYearResultDto.From(latest.For(query.ProvinceId)!, latest, releases.GetValueOrDefault(latest.SurveyYear - 1));
            standings.Add(new FrameworkStandingDto(
                framework.Code, framework.NameVi, framework.NameEn, framework.PublishedDecimals, framework.HigherIsBetter, result.SurveyYear, result.FrameworkVersion, result.Total));
        }
        return standings;
    }
}
