namespace PapiTracker.Domain.Frameworks;

/// <summary>A dimension (chỉ số nội dung, a pillar); its score is its sub-dimensions' aggregated by its rule (PAPI: the sum).</summary>
public sealed class Dimension
{
    private readonly List<SubDimension> _subDimensions = [];

    private Dimension() { }

    internal static Dimension Create(string code, int position, string nameVi, string nameEn, Aggregation aggregation, decimal? weight) =>
        new()
        {
            Code = code, Position = position, NameVi = nameVi, NameEn = nameEn,
            AggregationMethod = aggregation.Method, AggregationFactor = aggregation.Factor, Weight = weight,
        };

    public Dimension AddSubDimension(string code, string nameVi, string nameEn, decimal scaleMin, decimal scaleMax, string? unit = null, decimal? weight = null)
    {
        _subDimensions.Add(SubDimension.Create(code, _subDimensions.Count + 1, nameVi, nameEn, scaleMin, scaleMax, unit, weight));
        return this;
    }

    public int Id { get; private set; }
    public int FrameworkVersionId { get; private set; }

    /// <summary>"1" … "8" in PAPI.</summary>
    public string Code { get; private set; } = "";
    public int Position { get; private set; }
    public string NameVi { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public AggregationMethod AggregationMethod { get; private set; }
    public decimal AggregationFactor { get; private set; } = 1m;

    /// <summary>Its weight in the version's total when the total is a weighted sum; null otherwise.</summary>
    public decimal? Weight { get; private set; }

    public IReadOnlyList<SubDimension> SubDimensions => _subDimensions;

    public Aggregation Aggregation => new(AggregationMethod, AggregationFactor);

    public decimal ScaleMin => Scale.Min;
    public decimal ScaleMax => Scale.Max;

    private (decimal Min, decimal Max) Scale => Aggregation.ScaleOf(_subDimensions.Select(s => s.Part(0m)).ToList());

    /// <summary>The dimension's score from a province's sub-dimension values; null when one is missing.</summary>
    public decimal? ScoreOf(IReadOnlyDictionary<string, decimal> values) =>
        Aggregation.Apply(_subDimensions.Select(s => values.TryGetValue(s.Code, out var v) ? s.Part(v) : (AggregatedPart?)null).ToList());

    internal AggregatedPart Part(decimal value) => new(value, ScaleMin, ScaleMax, Weight);

    /// <summary>
    /// Two versions' dimensions compare only if they are built from the same sub-dimensions on the
    /// same scales by the same rule (PAPI's dimension 5 lost 5.2 in 2021, so 2021 vs 2020 is not comparable there).
    /// </summary>
    public bool HasSameStructureAs(Dimension other) =>
        Code == other.Code
        && Aggregation == other.Aggregation
        && _subDimensions.Count == other._subDimensions.Count
        && _subDimensions.All(s => other._subDimensions.Any(o => o.HasSameScaleAs(s) && o.Weight == s.Weight));
}
