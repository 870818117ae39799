namespace PapiTracker.Domain.Frameworks;

/// <summary>
/// The structure of a framework for a span of survey years. PAPI changed in 2019 (e-governance got
/// three sub-dimensions) and 2021 (5.2 construction permits removed); PCI's weights changed in 2009,
/// 2013 and 2022. Scores are only comparable across years that share a version, or at least share the
/// part being compared.
/// </summary>
public sealed class FrameworkVersion
{
    public const int ChangesMaxLength = 1000;

    private readonly List<Dimension> _dimensions = [];

    private FrameworkVersion() { }

    internal static FrameworkVersion Create(string code, int firstYear, int? lastYear, Aggregation total, string? changes) =>
        new()
        {
            Code = code, FirstYear = firstYear, LastYear = lastYear,
            TotalAggregationMethod = total.Method, TotalAggregationFactor = total.Factor, Changes = changes,
        };

    public Dimension AddDimension(string code, string nameVi, string nameEn, Aggregation? aggregation = null, decimal? weight = null)
    {
        var dimension = Dimension.Create(code, _dimensions.Count + 1, nameVi, nameEn, aggregation ?? Aggregation.Sum, weight);
        _dimensions.Add(dimension);
        return dimension;
    }

    public int Id { get; private set; }
    public int FrameworkId { get; private set; }
    public string Code { get; private set; } = "";
    public int FirstYear { get; private set; }

    /// <summary>Null while the version is current.</summary>
    public int? LastYear { get; private set; }

    /// <summary>What changed against the version before, as the publisher explains it; null for the first.</summary>
    public string? Changes { get; private set; }

    public AggregationMethod TotalAggregationMethod { get; private set; }
    public decimal TotalAggregationFactor { get; private set; } = 1m;

    public IReadOnlyList<Dimension> Dimensions => _dimensions;

    /// <summary>How the total is made from the dimensions (PAPI: their sum; PCI: weighted per period).</summary>
    public Aggregation TotalAggregation => new(TotalAggregationMethod, TotalAggregationFactor);

    public bool Covers(int surveyYear) => surveyYear >= FirstYear && (LastYear is null || surveyYear <= LastYear);

    public IEnumerable<SubDimension> SubDimensions => _dimensions.SelectMany(d => d.SubDimensions);

    /// <summary>The scale the total lies on (PAPI 2021: 8–80; PCI: 0–100).</summary>
    public (decimal Min, decimal Max) TotalScale => TotalAggregation.ScaleOf(_dimensions.Select(d => d.Part(0m)).ToList());

    /// <summary>The total from the dimension scores, in the order of <see cref="Dimensions"/>; null when one is missing.</summary>
    public decimal? TotalOf(IReadOnlyList<decimal?> dimensionScores) =>
        TotalAggregation.Apply(_dimensions.Select((d, i) => dimensionScores[i] is { } v ? d.Part(v) : (AggregatedPart?)null).ToList());
}
