namespace PapiTracker.Domain.Frameworks;

/// <summary>How a level's score is made from the scores of its components.</summary>
public enum AggregationMethod
{
    /// <summary>Σ vᵢ (PAPI: a dimension is the sum of its sub-dimensions, the total the sum of the dimensions).</summary>
    Sum,

    /// <summary>Σ wᵢ·vᵢ with weights adding up to 1 (PCI: the sub-indices weighted per period, × 10 onto 0–100).</summary>
    WeightedSum,

    /// <summary>Σ vᵢ / n (SIPAS-like: the mean of the factors).</summary>
    Mean,

    /// <summary>Σ vᵢ / Σ maxᵢ × 100 (PAR INDEX: points obtained over the maximum points, as %).</summary>
    PercentOfMaximum,
}

/// <summary>A component's value with its scale and (in a weighted sum) its weight.</summary>
public readonly record struct AggregatedPart(decimal Value, decimal ScaleMin, decimal ScaleMax, decimal? Weight);

/// <summary>
/// The rule of one level: its method and a factor that multiplies the result (1 unless the publisher
/// rescales, as VCCI does to put the weighted sub-indices on 0–100).
/// </summary>
public readonly record struct Aggregation(AggregationMethod Method, decimal Factor)
{
    public static readonly Aggregation Sum = new(AggregationMethod.Sum, 1m);

    /// <summary>Weights of a weighted sum add up to 1 within this tolerance (published weights are percentages).</summary>
    public const decimal WeightTolerance = 0.0001m;

    /// <summary>The level's score; null when any component has none (a partial score is no score).</summary>
    public decimal? Apply(IReadOnlyList<AggregatedPart?> parts)
    {
        if (parts.Count == 0 || parts.Any(p => p is null))
            return null;
        return Of(parts.Select(p => p!.Value).ToList());
    }

    /// <summary>The scale the level's score lies on: the rule applied to the components' minima and maxima.</summary>
    public (decimal Min, decimal Max) ScaleOf(IReadOnlyList<AggregatedPart> parts) =>
        (Of(parts.Select(p => p with { Value = p.ScaleMin }).ToList()), Of(parts.Select(p => p with { Value = p.ScaleMax }).ToList()));

    private decimal Of(IReadOnlyList<AggregatedPart> parts)
    {
        // Sum stays a plain decimal sum so PAPI's totals keep the file's exact digits.
        var result = Method switch
        {
            AggregationMethod.Sum => parts.Sum(p => p.Value),
            AggregationMethod.WeightedSum => parts.Sum(p => (p.Weight ?? 0m) * p.Value),
            AggregationMethod.Mean => parts.Sum(p => p.Value) / parts.Count,
            AggregationMethod.PercentOfMaximum => parts.Sum(p => p.Value) / parts.Sum(p => p.ScaleMax) * 100m,
            _ => throw new ArgumentOutOfRangeException(nameof(Method), Method, null),
        };
        return Factor == 1m ? result : result * Factor;
    }
}
