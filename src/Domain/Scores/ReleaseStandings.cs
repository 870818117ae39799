using PapiTracker.Domain.Frameworks;

namespace PapiTracker.Domain.Scores;

/// <summary>A province's published sub-dimension values in one release, keyed by sub-dimension code.</summary>
/// <param name="PublishedTotal">The publisher's own total, when the file carried one (PCI).</param>
public sealed record ProvinceValues(int ProvinceId, IReadOnlyDictionary<string, decimal> BySubDimension, decimal? PublishedTotal = null);

/// <summary>
/// A published total beside the one derived from the values: the published one is the official figure;
/// <see cref="Differs"/> flags a derived total further from it than the framework's tolerance (PCI 2011's workbook).
/// </summary>
public sealed record TotalCheck(decimal Published, decimal? Derived, bool Differs);

/// <summary>A score with its rank among the provinces that have one; all null when the score is not published.</summary>
public sealed record Placing(decimal? Score, int? Rank, int RankedOf, PerformanceGroup? Group);

public sealed record DimensionStanding(Dimension Dimension, Placing Placing, IReadOnlyList<SubDimensionValue> SubDimensions);

/// <summary>A sub-dimension's published value, ranked among the provinces that have one.</summary>
public sealed record SubDimensionValue(SubDimension SubDimension, Placing Placing)
{
    public decimal? Value => Placing.Score;
}

/// <param name="Check">Set when the file carried a published total: it, the derived one and whether they differ.</param>
public sealed record ProvinceStanding(int ProvinceId, Placing Total, IReadOnlyList<DimensionStanding> Dimensions, TotalCheck? Check = null)
{
    public DimensionStanding? Dimension(string code) => Dimensions.SingleOrDefault(d => d.Dimension.Code == code);
}

/// <summary>
/// Everything derived from one release: dimension score = its sub-dimensions aggregated by its rule
/// (PAPI: the sum), total = the dimensions aggregated by the version's rule, or the publisher's own
/// total where the file carries one; ranks among provinces with a complete score (ties share a rank), quartile groups.
/// Every value keeps the precision of the published file: sums are exact (decimal), nothing is rounded,
/// and ranks compare the unrounded scores as PAPI does, so a tie is a tie at the file's precision only.
/// Rounding to the publisher's decimals is a display rule of the reader (see IndexFramework.PublishedDecimals).
/// </summary>
public sealed class ReleaseStandings
{
    private readonly Dictionary<int, ProvinceStanding> _byProvince;

    private ReleaseStandings(int surveyYear, FrameworkVersion version, RankRules rules, IReadOnlyDictionary<int, ProvinceValues> values, Dictionary<int, ProvinceStanding> byProvince)
    {
        SurveyYear = surveyYear;
        Version = version;
        Rules = rules;
        Values = values;
        _byProvince = byProvince;
    }

    public int SurveyYear { get; }
    public FrameworkVersion Version { get; }
    public RankRules Rules { get; }
    public IEnumerable<ProvinceStanding> Provinces => _byProvince.Values;

    /// <summary>The published values the standings were derived from, by province.</summary>
    public IReadOnlyDictionary<int, ProvinceValues> Values { get; }

    /// <summary>The same year and version derived for other provinces' values (an estimate for the units of a later date).</summary>
    public ReleaseStandings WithValues(IReadOnlyCollection<ProvinceValues> entries) => Compute(SurveyYear, Version, entries, Rules);

    public ProvinceStanding? For(int provinceId) => _byProvince.GetValueOrDefault(provinceId);

    /// <param name="rules">Direction, top-N and the tolerance of published totals; PAPI's when null.</param>
    public static ReleaseStandings Compute(int surveyYear, FrameworkVersion version, IReadOnlyCollection<ProvinceValues> entries, RankRules? rules = null)
    {
        rules ??= RankRules.Default;
        var dimensionSums = entries.ToDictionary(
            e => e.ProvinceId,
            e => version.Dimensions.Select(d => d.ScoreOf(e.BySubDimension)).ToList());

        var derivedTotals = dimensionSums.ToDictionary(p => p.Key, p => version.TotalOf(p.Value));
        var checks = entries.Where(e => e.PublishedTotal is not null).ToDictionary(
            e => e.ProvinceId,
            e => new TotalCheck(
                e.PublishedTotal!.Value,
                derivedTotals[e.ProvinceId],
                derivedTotals[e.ProvinceId] is { } derived && Math.Abs(derived - e.PublishedTotal.Value) > rules.TotalTolerance));
        var totalScores = entries.ToDictionary(e => e.ProvinceId, e => e.PublishedTotal ?? derivedTotals[e.ProvinceId]);
        var totalPlacings = Place(totalScores, rules, rules.PublishTopN);

        var subDimensionPlacings = version.SubDimensions.ToDictionary(
            s => s.Code,
            s => Place(entries.ToDictionary(e => e.ProvinceId, e => e.BySubDimension.TryGetValue(s.Code, out var v) ? v : (decimal?)null), rules));

        var dimensionPlacings = version.Dimensions
            .Select((_, i) => Place(dimensionSums.ToDictionary(p => p.Key, p => p.Value[i]), rules))
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
                        .ToList())).ToList(),
                checks.GetValueOrDefault(e.ProvinceId)));
        return new ReleaseStandings(surveyYear, version, rules, entries.ToDictionary(e => e.ProvinceId), standings);
    }

    /// <param name="publishTopN">Only the first N keep their rank (and group); the rest keep their score, unranked, as the publisher prints them.</param>
    private static Dictionary<int, Placing> Place(Dictionary<int, decimal?> scores, RankRules rules, int? publishTopN = null)
    {
        var present = scores.Where(s => s.Value is not null);
        var ranked = (rules.HigherIsBetter ? present.OrderByDescending(s => s.Value) : present.OrderBy(s => s.Value)).ToList();
        var placings = scores.Where(s => s.Value is null).ToDictionary(s => s.Key, _ => new Placing(null, null, ranked.Count, null));
        var ranks = new int[ranked.Count];
        for (var i = 0; i < ranked.Count; i++)
        {
            ranks[i] = i > 0 && ranked[i].Value == ranked[i - 1].Value ? ranks[i - 1] : i + 1;
            placings[ranked[i].Key] = ranks[i] <= (publishTopN ?? int.MaxValue)
                ? new Placing(ranked[i].Value, ranks[i], ranked.Count, PerformanceGroups.ForRank(ranks[i], ranked.Count))
                : new Placing(ranked[i].Value, null, ranked.Count, null);
        }
        return placings;
    }
}
