using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Application.Provinces;

namespace PapiTracker.Application.Populations.Queries.GetPopulations;

/// <summary>Every population figure imported, by province (Vietnamese order) and year: the weights estimates may use.</summary>
[RequiresPermission(Permission.ReadScores)]
public sealed record GetPopulationsQuery : IQuery<IReadOnlyList<PopulationFigureDto>>;

public sealed class GetPopulationsQueryHandler(IApplicationDbContext db) : IQueryHandler<GetPopulationsQuery, IReadOnlyList<PopulationFigureDto>>
{
    public async ValueTask<IReadOnlyList<PopulationFigureDto>> Handle(GetPopulationsQuery query, CancellationToken cancellationToken)
    {
        // A figure per province and year: a few hundred rows at most, sorted with Vietnamese collation in memory.
        var figures = await db.PopulationFigures.AsNoTracking()
            .Join(db.OrgUnits, f => f.UnitId, u => u.Id, (f, u) => new { f.Year, f.Population, f.Source, Unit = u })
            .Select(f => new { f.Year, f.Population, f.Source, f.Unit.Id, f.Unit.NameVi, f.Unit.NameEn, f.Unit.Code, f.Unit.ActiveFrom, f.Unit.ActiveTo })
            .ToListAsync(cancellationToken);
        return figures
            .Select(f => new PopulationFigureDto(new ProvinceDto(f.Id, f.NameVi, f.NameEn, f.Code, f.ActiveFrom, f.ActiveTo), f.Year, f.Population, f.Source))
            .OrderBy(f => f.Province.NameVi, VietnameseText.Order)
            .ThenBy(f => f.Province.ActiveFrom)
            .ThenBy(f => f.Year)
            .ToList();
    }
}
