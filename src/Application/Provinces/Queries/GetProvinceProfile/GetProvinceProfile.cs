using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Provinces.Queries.SearchProvinces;
using PapiTracker.Application.Scores;
using PapiTracker.Domain.Organization;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Provinces.Queries.GetProvinceProfile;

[RequiresPermission(Permission.ReadScores)]
public sealed record GetProvinceProfileQuery(int ProvinceId, string Framework = "PAPI") : IQuery<ProvinceProfileDto>;

public sealed class GetProvinceProfileQueryHandler(IApplicationDbContext db, StandingsReader reader)
    : IQueryHandler<GetProvinceProfileQuery, ProvinceProfileDto>
{
    public async ValueTask<ProvinceProfileDto> Handle(GetProvinceProfileQuery query, CancellationToken cancellationToken)
    {
        var province = await db.OrgUnits.AsNoTracking()
            .Where(u => u.Id == query.ProvinceId && u.Kind == OrgUnitKind.Province)
            .Select(u => new ProvinceDto(u.Id, u.NameVi, u.NameEn, u.Code))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Messages.Resources.Province, query.ProvinceId);

        var framework = await reader.FrameworkAsync(query.Framework, cancellationToken);
        var releases = await reader.ReleasesAsync(framework, int.MinValue, int.MaxValue, cancellationToken);
        var years = releases.Values
            .Select(r => (Release: r, Standing: r.For(province.Id)))
            .Where(r => r.Standing is not null)
            .Select(r => ProvinceYearResultDto.From(r.Standing!, r.Release, releases.GetValueOrDefault(r.Release.SurveyYear - 1)))
            .ToList();
        return new ProvinceProfileDto(province, framework.Code, years);
    }
}
