using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Scores;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Scores;
using PapiTracker.Domain.Frameworks;

namespace PapiTracker.Application.Provinces.Queries.GetProvinceProfile;

/// <summary>
/// A province's profile: its official series, its predecessors' series and successor, and for a merged
/// unit an estimate per year (<c>partial</c>: also where a predecessor lacks a value, labelled so;
/// <c>method</c>: population-weighted where the figures allow, or always the simple mean).
/// </summary>
[RequiresPermission(Permission.ReadScores)]
public sealed record GetProvinceProfileQuery(
    int ProvinceId, string Framework = IndexFramework.DefaultCode, bool Partial = false, EstimateMethod? Method = null) : IQuery<ProvinceProfileDto>;

public sealed class GetProvinceProfileQueryHandler(IApplicationDbContext db, StandingsReader reader)
    : IQueryHandler<GetProvinceProfileQuery, ProvinceProfileDto>
{
    public async ValueTask<ProvinceProfileDto> Handle(GetProvinceProfileQuery query, CancellationToken cancellationToken)
    {
        var lineage = await reader.LineageAsync(cancellationToken);
        var unit = lineage.Unit(query.ProvinceId) ?? throw new NotFoundException(Messages.Resources.Province, query.ProvinceId);
        var predecessorIds = lineage.PredecessorsOf(unit.Id).Select(p => p.Id).ToList();
        List<int> relatedIds = [unit.Id, .. predecessorIds, .. unit.SuccessorId is { } successorId ? [successorId] : Array.Empty<int>()];
        var provinces = await db.OrgUnits.AsNoTracking()
            .Where(u => relatedIds.Contains(u.Id))
            .Select(ProvinceDto.FromUnit)
            .ToDictionaryAsync(p => p.Id, cancellationToken);

        var framework = await reader.FrameworkAsync(query.Framework, cancellationToken);
        var releases = await reader.ReleasesAsync(framework, int.MinValue, int.MaxValue, cancellationToken);

        List<ProvinceYearResultDto> OfficialYears(int provinceId) => releases.Values
            .Select(r => (Release: r, Standing: r.For(provinceId)))
            .Where(r => r.Standing is not null)
            .Select(r => ProvinceYearResultDto.From(r.Standing!, r.Release, releases.GetValueOrDefault(r.Release.SurveyYear - 1)))
            .ToList();

        return new ProvinceProfileDto(
            provinces[unit.Id],
            framework.Code,
            OfficialYears(unit.Id),
            predecessorIds.Select(id => new PredecessorSeriesDto(provinces[id], OfficialYears(id))).ToList(),
            unit.SuccessorId is { } successor ? provinces[successor] : null,
            await EstimatesAsync(lineage, unit, releases, query.Partial, query.Method ?? framework.Estimate, cancellationToken));
    }

    /// <summary>
    /// The unit's estimate in each year it was not scored itself and its predecessors give a value (all of
    /// them, or some when a partial estimate is asked for).
    /// </summary>
    private async Task<List<EstimatedYearDto>> EstimatesAsync(
        ScoreLineage lineage, LineageUnit unit, SortedDictionary<int, ReleaseStandings> releases, bool partial, EstimateMethod method, CancellationToken ct)
    {
        if (!lineage.PredecessorsOf(unit.Id).Any())
            return [];
        var estimated = releases.ToDictionary(r => r.Key, r => lineage.On(unit.ActiveFrom, r.Value, partial, method));
        var years = estimated
            .Where(e => e.Value.Estimates.ContainsKey(unit.Id) && e.Value.Standings.Values[unit.Id].BySubDimension.Count > 0)
            .Select(e => (Year: e.Key, Release: e.Value.Standings, Estimate: e.Value.Estimates[unit.Id]))
            .ToList();
        var names = await reader.NamesAsync(years.SelectMany(y => y.Estimate.ScoredPredecessorIds.Concat(y.Estimate.UnscoredPredecessorIds)), ct);
        return years
            .Select(y => new EstimatedYearDto(
                y.Year,
                EstimateDto.Of(y.Estimate, names),
                ProvinceYearResultDto.From(y.Release.For(unit.Id)!, y.Release, estimated.GetValueOrDefault(y.Year - 1)?.Standings)))
            .ToList();
    }
}
