using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Scores;
using PapiTracker.Domain.Organization;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Application.Common.Validation;
using PapiTracker.Domain.Frameworks;

namespace PapiTracker.Application.Provinces.Queries.CompareProvinces;

[RequiresPermission(Permission.ReadScores)]
public sealed record CompareProvincesQuery(int Year, IReadOnlyList<int> ProvinceIds, string Framework = IndexFramework.DefaultCode) : IQuery<ProvinceComparisonDto>
{
    public const int MaxProvinces = 10;
}

public sealed class CompareProvincesQueryValidator : AbstractValidator<CompareProvincesQuery>
{
    public CompareProvincesQueryValidator()
    {
        RuleFor(q => q.Year).IsSurveyYear();
        RuleFor(q => q.ProvinceIds).NotEmpty()
            .MaxItems(CompareProvincesQuery.MaxProvinces).WithText(Messages.CompareAtMost(CompareProvincesQuery.MaxProvinces))
            .Must(ids => ids.Distinct().Count() == ids.Count).WithText(Messages.ProvinceListedTwiceInQuery);
    }
}

public sealed class CompareProvincesQueryHandler(IApplicationDbContext db, StandingsReader reader)
    : IQueryHandler<CompareProvincesQuery, ProvinceComparisonDto>
{
    public async ValueTask<ProvinceComparisonDto> Handle(CompareProvincesQuery query, CancellationToken cancellationToken)
    {
        var provinces = await db.OrgUnits.AsNoTracking()
            .Where(u => query.ProvinceIds.Contains(u.Id) && u.Kind == OrgUnitKind.Province)
            .Select(ProvinceDto.FromUnit)
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var missing = query.ProvinceIds.FirstOrDefault(id => !provinces.ContainsKey(id), -1);
        if (missing != -1)
            throw new NotFoundException(Messages.Resources.Province, missing);

        var framework = await reader.FrameworkAsync(query.Framework, cancellationToken);
        var releases = await reader.ReleasesAsync(framework, query.Year - 1, query.Year, cancellationToken);
        if (!releases.TryGetValue(query.Year, out var release))
            throw new NotFoundException(Messages.Resources.ScoreRelease, $"{query.Framework} {query.Year}");
        var previous = releases.GetValueOrDefault(query.Year - 1);

        var compared = query.ProvinceIds
            .Select(id => new ComparedProvinceDto(
                provinces[id],
                release.For(id) is { } standing ? ProvinceYearResultDto.From(standing, release, previous) : null))
            .ToList();
        return new ProvinceComparisonDto(query.Year, release.Version.Code, compared);
    }
}
