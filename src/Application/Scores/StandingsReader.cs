using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Frameworks;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Domain.Frameworks;
using PapiTracker.Domain.Scores;

namespace PapiTracker.Application.Scores;

/// <summary>
/// Reads releases and derives their standings. Ranks need every province of a year, so a year is
/// read whole: one query for the entries and one for the values, whatever the number of provinces.
/// </summary>
public sealed class StandingsReader(IApplicationDbContext db, StandingsCache cache, FrameworkStructures frameworks)
{
    public async Task<IndexFramework> FrameworkAsync(string code, CancellationToken ct) =>
        await frameworks.GetOrLoadAsync(code, ct => db.Frameworks.WithStructure().SingleOrDefaultAsync(f => f.Code == code, ct), ct)
        ?? throw new NotFoundException("Framework", code);

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
            .SelectMany(r => r.Entries.Where(e => e.Revision == r.Revision).Select(e => new { r.SurveyYear, e.ProvinceId }))
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
                    valuesByProvinceYear.GetValueOrDefault((year.Key, e.ProvinceId)) ?? new Dictionary<string, decimal>()))
                .ToList();
            standings[year.Key] = ReleaseStandings.Compute(year.Key, framework.VersionForYear(year.Key)!, framework.PublishedDecimals, provinces);
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
        var lines = await entries.Select(e => new { e.ScoreReleaseId, e.ProvinceId }).ToListAsync(ct);
        var values = await entries
            .SelectMany(e => e.Scores.Select(s => new { e.ScoreReleaseId, e.ProvinceId, s.SubDimensionId, s.Value }))
            .ToListAsync(ct);

        var codeOf = framework.Versions.SelectMany(v => v.SubDimensions).ToDictionary(s => s.Id, s => s.Code);
        var byLine = values.ToLookup(v => (v.ScoreReleaseId, v.ProvinceId));
        return releaseIds.ToDictionary(
            id => id,
            id => lines.Where(l => l.ScoreReleaseId == id)
                .Select(l => new ProvinceValues(l.ProvinceId, byLine[(id, l.ProvinceId)].ToDictionary(v => codeOf[v.SubDimensionId], v => v.Value)))
                .ToList());
    }
}
