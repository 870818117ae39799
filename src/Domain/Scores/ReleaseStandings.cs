using PapiTracker.Domain.Frameworks;

namespace PapiTracker.Domain.Scores;

/// <summary>A province's published sub-dimension values in one release, keyed by sub-dimension code.</summary>
public sealed record ProvinceValues(int ProvinceId, IReadOnlyDictionary<string, decimal> BySubDimension);

/// <summary>A score with its rank among the provinces that have one; all null when the score is not published.</summary>
public sealed record Placing(decimal? Score, int? Rank, int RankedOf, PerformanceGroup? Group);

public sealed record DimensionStanding(Dimension Dimension, Placing Placing, IReadOnlyList<SubDimensionValue> SubDimensions);

/// <summary>A sub-dimension's published value, ranked among the provinces that have one.</summary>
public sealed record SubDimensionValue(SubDimension SubDimension, Placing Placing)
{
    public decimal? Value => Placing.Score;
}

public sealed record ProvinceStanding(int ProvinceId, Placing Total, IReadOnlyList<DimensionStanding> Dimensions)
{
    public DimensionStanding? Dimension(string code) => Dimensions.SingleOrDefault(d => d.Dimension.Code == code);
}

/// <summary>
/// Everything derived from one release: dimension score = sum of its sub-dimensions, total = sum of
/// the dimensions, ranks among provinces with a complete score (ties share a rank), quartile groups.
/// Every value keeps the precision of the published file: sums are exact (decimal), nothing is rounded,
/// and ranks compare the unrounded scores as PAPI does, so a tie is a tie at the file's precision only.
/// Rounding to the publisher's decimals is a display rule of the reader (see IndexFramework.PublishedDecimals).
/// </summary>
public sealed class ReleaseStandings
{
    private readonly Dictionary<int, ProvinceStanding> _byProvince;

    private ReleaseStandings(int surveyYear, FrameworkVersion version, IReadOnlyDictionary<int, ProvinceValues> values, Dictionary<int, ProvinceStanding> byProvince)
    {
        SurveyYear = surveyYear;
        Version = version;
        Values = values;
        _byProvince = byProvince;
    }

    public int SurveyYear { get; }
    public FrameworkVersion Version { get; }
    public IEnumerable<ProvinceStanding> Provinces => _byProvince.Values;

    /// <summary>The published values the standings were derived from, by province.</summary>
    public IReadOnlyDictionary<int, ProvinceValues> Values { get; }

    /// <summary>The same year and version derived for other provinces' values (an estimate for the units of a later date).</summary>
    public ReleaseStandings WithValues(IReadOnlyCollection<ProvinceValues> entries) => Compute(SurveyYear, Version, entries);

    public ProvinceStanding? For(int provinceId) => _byProvince.GetValueOrDefault(provinceId);

    public static ReleaseStandings Compute(int surveyYear, FrameworkVersion version, IReadOnlyCollection<ProvinceValues> entries)
    {
        var dimensionSums = entries.ToDictionary(
            e => e.ProvinceId,
            e => version.Dimensions.Select(d => SumOf(d, e.BySubDimension)).ToList());

        var totalScores = dimensionSums.ToDictionary(
            p => p.Key,
            p => p.Value.All(s => s is not null) ? p.Value.Sum(s => s!.Value) : (decimal?)null);
        var totalPlacings = Place(totalScores);

        var subDimensionPlacings = version.SubDimensions.ToDictionary(
            s => s.Code,
            s => Place(entries.ToDictionary(e => e.ProvinceId, e => e.BySubDimension.TryGetValue(s.Code, out var v) ? v : (decimal?)null)));

        var dimensionPlacings = version.Dimensions
            .Select((_, i) => Place(dimensionSums.ToDictionary(p => p.Key, p => p.Value[i])))
            .ToList();

        var standings = entries.ToDictionary(
            e => e.ProvinceId,
            e => new ProvinceStanding(
                e.ProvinceId,
                totalPlacings[e.ProvinceId],
                version.Dimensions.Select((d, i) => new DimensionStanding(
                    d,
                    dimensionPlacings[i][e.ProvinceId],
                    d.SubDimensions
                        .Select(s => new SubDimensionValue(s, subDimensionPlacings[s.Code][e.ProvinceId]))
                        .ToList())).ToList()));
        return new ReleaseStandings(surveyYear, version, entries.ToDictionary(e => e.ProvinceId), standings);
    }

    private static decimal? SumOf(Dimension dimension, IReadOnlyDictionary<string, decimal> values)
    {
        decimal sum = 0;
        foreach (var subDimension in dimension.SubDimensions)
        {
            if (!values.TryGetValue(subDimension.Code, out var value))
                return null;
            sum += value;
        }
        return sum;
    }

    private static Dictionary<int, Placing> Place(Dictionary<int, decimal?> scores)
    {
        var ranked = scores.Where(s => s.Value is not null).OrderByDescending(s => s.Value).ToList();
        var placings = scores.Where(s => s.Value is null).ToDictionary(s => s.Key, _ => new Placing(null, null, ranked.Count, null));
        for (var i = 0; i < ranked.Count; i++)
        {
            var rank = i > 0 && ranked[i].Value == ranked[i - 1].Value ? placings[ranked[i - 1].Key].Rank!.Value : i + 1;
            placings[ranked[i].Key] = new Placing(ranked[i].Value, rank, ranked.Count, PerformanceGroups.ForRank(rank, ranked.Count));
        }
        return placings;
    }
}
