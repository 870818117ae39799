using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Frameworks;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Domain.Frameworks;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Scores;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Scores;

/// <summary>
/// Reads releases and derives their standings. Ranks need every province of a year, so a year is
/// read whole: one query for the entries and one for the values, whatever the number of provinces.
/// </summary>
public sealed class StandingsReader(IApplicationDbContext db, StandingsCache cache, FrameworkStructures frameworks)
{
    public async Task<IndexFramework> FrameworkAsync(string code, CancellationToken ct) =>
        await FindFrameworkAsync(code, ct) ?? throw new NotFoundException(Messages.Resources.Framework, code);

    /// <summary>The framework of that code with its structure; null when none is defined.</summary>
    public Task<IndexFramework?> FindFrameworkAsync(string code, CancellationToken ct) =>
        frameworks.GetOrLoadAsync(code, ct => db.Frameworks.WithStructure().SingleOrDefaultAsync(f => f.Code == code, ct), ct);

    /// <summary>Who succeeded whom among the province-level units, when each existed, and their population figures.</summary>
    public async Task<ScoreLineage> LineageAsync(CancellationToken ct) =>
        new(await db.OrgUnits.AsNoTracking()
                .Where(u => u.Kind == OrgUnitKind.Province)
                .Select(u => new LineageUnit(u.Id, u.ActiveFrom, u.ActiveTo, u.SuccessorId))
                .ToListAsync(ct),
            await db.PopulationFigures.AsNoTracking()
                .Select(f => new UnitPopulation(f.UnitId, f.Year, f.Population))
                .ToListAsync(ct));

    /// <summary>
    /// The releases of a range as one unit reads them: its official standings where it was scored; for a
    /// merged unit (the 34 of 2025-07-01) in the years before it existed, the release estimated for the
    /// units of its first day, with the unit's <see cref="Estimate"/> (ước tính, không chính thức) made by the
    /// framework's estimate rule (PAPI: weighted by population where the figures allow; the simple mean by default).
    /// </summary>
    public async Task<SortedDictionary<int, UnitRelease>> ReleasesForAsync(
        int unitId, IndexFramework framework, int fromYear, int toYear, CancellationToken ct)
    {
        var releases = await ReleasesAsync(framework, fromYear, toYear, ct);
        var lineage = await LineageAsync(ct);
        var unit = lineage.Unit(unitId);
        var read = new SortedDictionary<int, UnitRelease>();
        foreach (var (year, release) in releases)
        {
            if (release.For(unitId) is null && unit is not null && lineage.PredecessorsOf(unitId).Any()
                && lineage.On(unit.ActiveFrom, release, allowPartial: false, framework.Estimate) is { } estimated
                && estimated.Estimates.TryGetValue(unitId, out var estimate))
                read[year] = new UnitRelease(estimated.Standings, estimate);
            else
                read[year] = new UnitRelease(release, null);
        }
        return read;
    }

    /// <summary>The label of an estimate, with the names of the units it is made from; null for an official figure.</summary>
    public async Task<EstimateDto?> DescribeAsync(Estimate? estimate, CancellationToken ct) =>
        estimate is null ? null : EstimateDto.Of(estimate, await NamesAsync(estimate.ScoredPredecessorIds.Concat(estimate.UnscoredPredecessorIds), ct));

    /// <summary>The names of the province-level units given, by id.</summary>
    public Task<Dictionary<int, EstimateInputDto>> NamesAsync(IEnumerable<int> unitIds, CancellationToken ct)
    {
        var ids = unitIds.Distinct().ToList();
        return db.OrgUnits.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => new EstimateInputDto(u.Id, u.NameVi, u.NameEn), ct);
    }

    /// <summary>Standings of every release of the framework whose year is in the range, by year.</summary>
    public async Task<SortedDictionary<int, ReleaseStandings>> ReleasesAsync(IndexFramework framework, int fromYear, int toYear, CancellationToken ct)
    {
        var versionIds = framework.Versions.Select(v => v.Id).ToList();
        var releases = db.ScoreReleases.AsNoTracking()
            .Where(r => versionIds.Contains(r.FrameworkVersionId) && r.SurveyYear >= fromYear && r.SurveyYear <= toYear);

        // One small query says which releases (and revisions) the range holds; the standings derived
        // from them are computed once per revision, not once per request.
        var stamp = await releases.OrderBy(r => r.Id).Select(r => new { r.Id, r.Revision }).ToListAsync(ct);
        var key = $"{framework.Code}|{fromYear}|{toYear}|{string.Join(',', stamp.Select(r => $"{r.Id}:{r.Revision}"))}";
        if (cache.TryGet(key, out var cached))
            return new SortedDictionary<int, ReleaseStandings>(cached.ToDictionary());

        var entries = await releases
            .SelectMany(r => r.Entries.Where(e => e.Revision == r.Revision).Select(e => new { r.SurveyYear, e.ProvinceId, e.PublishedTotal }))
            .ToListAsync(ct);
        var values = await releases
            .SelectMany(r => r.Entries.Where(e => e.Revision == r.Revision).SelectMany(e => e.Scores.Select(s => new { r.SurveyYear, e.ProvinceId, s.SubDimensionId, s.Value })))
            .ToListAsync(ct);

        var codeOf = framework.Versions.SelectMany(v => v.SubDimensions).ToDictionary(s => s.Id, s => s.Code);
        var valuesByProvinceYear = values
            .GroupBy(v => (v.SurveyYear, v.ProvinceId))
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, decimal>)g.ToDictionary(v => codeOf[v.SubDimensionId], v => v.Value));

        var standings = new SortedDictionary<int, ReleaseStandings>();
        foreach (var year in entries.GroupBy(e => e.SurveyYear))
        {
            var provinces = year
                .Select(e => new ProvinceValues(
                    e.ProvinceId,
                    valuesByProvinceYear.GetValueOrDefault((year.Key, e.ProvinceId)) ?? new Dictionary<string, decimal>(),
                    e.PublishedTotal))
                .ToList();
            standings[year.Key] = ReleaseStandings.Compute(year.Key, framework.VersionForYear(year.Key)!, provinces, framework.RulesFor(year.Key));
        }
        cache.Set(key, new Dictionary<int, ReleaseStandings>(standings));
        return standings;
    }

    /// <summary>
    /// The published values of the given releases, by release: their current revision's, or
    /// <paramref name="revision"/>'s when given (for one release). Two queries whatever the number of provinces.
    /// </summary>
    public async Task<Dictionary<int, List<ProvinceValues>>> ValuesAsync(IndexFramework framework, IReadOnlyCollection<int> releaseIds, int? revision, CancellationToken ct)
    {
        var entries = db.ScoreReleases.AsNoTracking()
            .Where(r => releaseIds.Contains(r.Id))
            .SelectMany(r => r.Entries.Where(e => revision == null ? e.Revision == r.Revision : e.Revision == revision));
        var lines = await entries.Select(e => new { e.ScoreReleaseId, e.ProvinceId, e.PublishedTotal }).ToListAsync(ct);
        var values = await entries
            .SelectMany(e => e.Scores.Select(s => new { e.ScoreReleaseId, e.ProvinceId, s.SubDimensionId, s.Value }))
            .ToListAsync(ct);

        var codeOf = framework.Versions.SelectMany(v => v.SubDimensions).ToDictionary(s => s.Id, s => s.Code);
        var byLine = values.ToLookup(v => (v.ScoreReleaseId, v.ProvinceId));
        return releaseIds.ToDictionary(
            id => id,
            id => lines.Where(l => l.ScoreReleaseId == id)
                .Select(l => new ProvinceValues(l.ProvinceId, byLine[(id, l.ProvinceId)].ToDictionary(v => codeOf[v.SubDimensionId], v => v.Value), l.PublishedTotal))
                .ToList());
    }
}
