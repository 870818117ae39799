namespace PapiTracker.Domain.Scores;

/// <summary>A province-level unit as lineage needs it: when it existed and which unit took over after it.</summary>
public sealed record LineageUnit(int Id, DateOnly ActiveFrom, DateOnly? ActiveTo, int? SuccessorId)
{
    public bool IsActiveOn(DateOnly day) => ActiveFrom <= day && (ActiveTo is null || day <= ActiveTo);
}

/// <summary>How an estimate for a unit that did not exist when surveyed is made.</summary>
public enum EstimateMethod
{
    /// <summary>The mean of the predecessors' values with equal weight, as DTI 2024 re-aggregated the 34 units.</summary>
    SimpleMean,

    /// <summary>
    /// The mean weighted by each predecessor's population (bình quân theo dân số) in the survey year, or
    /// in the nearest earlier year with a figure; taken only when every predecessor has one.
    /// </summary>
    PopulationWeighted,
}

/// <summary>A province-level unit's population (dân số) in a year, the weight of a population-weighted estimate.</summary>
public sealed record UnitPopulation(int UnitId, int Year, long Population);

/// <summary>
/// Where a unit's values in one release come from when they are not its own: an estimate (ước tính,
/// không chính thức) from the scored units it descends from. <see cref="Partial"/> when some of them
/// had no value and the estimate was asked for anyway. <see cref="Populations"/> are the figures it was
/// weighted by, one per scored predecessor, or none for a simple mean.
/// </summary>
public sealed record Estimate(
    IReadOnlyList<int> ScoredPredecessorIds, IReadOnlyList<int> UnscoredPredecessorIds, bool Partial, IReadOnlyDictionary<int, UnitPopulation> Populations)
{
    public EstimateMethod Method => Populations.Count > 0 ? EstimateMethod.PopulationWeighted : EstimateMethod.SimpleMean;

    /// <summary>The predecessor's share of the estimate (the shares sum to 1); a sub-dimension some predecessor lacks in a partial estimate shares among the others.</summary>
    public decimal WeightOf(int predecessorId) => Populations.Count == 0
        ? 1m / ScoredPredecessorIds.Count
        : (decimal)Populations[predecessorId].Population / Populations.Values.Sum(p => p.Population);
}

/// <summary>A release derived for the units of a later date; <see cref="Estimates"/> names the units whose values are estimated.</summary>
public sealed record EstimatedRelease(ReleaseStandings Standings, IReadOnlyDictionary<int, Estimate> Estimates);

/// <summary>A unit's values in a release: its own (official), or estimated from its predecessors'.</summary>
public sealed record LineageValues(ProvinceValues Values, Estimate? Estimate);

/// <summary>
/// Score lineage across a restructuring. A release is scored on the units that existed when surveyed
/// (PAPI 2024: the 63 provinces); a unit created later (the 34 of 1 July 2025) has no official figure,
/// only an estimate from its predecessors. The estimate is the mean of the predecessors' values,
/// sub-dimension by sub-dimension: weighted by population when every predecessor has a figure for the
/// survey year or an earlier one (unless the simple mean is asked for), else the simple mean, as DTI 2024
/// re-aggregated the 63 into the 34. The weights are the same for every sub-dimension, so a dimension and
/// the total (sums) come out as the same mean of the predecessors' dimensions and totals.
/// A predecessor that was itself merged counts through its own predecessors (the scored units at the
/// leaves count once each).
/// </summary>
public sealed class ScoreLineage
{
    private readonly IReadOnlyList<LineageUnit> _units;
    private readonly ILookup<int, LineageUnit> _predecessors;
    private readonly ILookup<int, UnitPopulation> _populations;

    public ScoreLineage(IEnumerable<LineageUnit> units, IEnumerable<UnitPopulation>? populations = null)
    {
        _units = units.ToList();
        _predecessors = _units.Where(u => u.SuccessorId is not null).ToLookup(u => u.SuccessorId!.Value);
        _populations = (populations ?? []).ToLookup(p => p.UnitId);
    }

    public LineageUnit? Unit(int unitId) => _units.SingleOrDefault(u => u.Id == unitId);

    public IEnumerable<LineageUnit> ActiveOn(DateOnly day) => _units.Where(u => u.IsActiveOn(day));

    public IEnumerable<LineageUnit> PredecessorsOf(int unitId) => _predecessors[unitId];

    /// <summary>
    /// A release as it would read for the units active on <paramref name="day"/>: each with its own values
    /// or an estimate, ranked among them (the 34 of 1 July 2025 on PAPI 2024's 63). Units with nothing to
    /// show (no own entry, no scored predecessor) are left out.
    /// </summary>
    public EstimatedRelease On(DateOnly day, ReleaseStandings official, bool allowPartial, EstimateMethod method = EstimateMethod.PopulationWeighted)
    {
        var values = new List<ProvinceValues>();
        var estimates = new Dictionary<int, Estimate>();
        foreach (var unit in ActiveOn(day))
        {
            var found = ValuesIn(unit.Id, official, allowPartial, method);
            if (found is null || found.Estimate is { ScoredPredecessorIds.Count: 0 })
                continue;
            values.Add(found.Values);
            if (found.Estimate is not null)
                estimates[unit.Id] = found.Estimate;
        }
        return new EstimatedRelease(official.WithValues(values), estimates);
    }

    /// <summary>
    /// The unit's values in a release: its own entry when it was scored; otherwise an estimate from the
    /// scored units it descends from, or null when it descends from none. A sub-dimension some of them
    /// lack is left out (so the dimension and the total are absent) unless <paramref name="allowPartial"/>,
    /// when the mean of those that have it is taken and the estimate says it is partial.
    /// <paramref name="method"/> <see cref="EstimateMethod.PopulationWeighted"/> weights by population where
    /// every scored predecessor has a figure, and falls back to the simple mean where one lacks it.
    /// </summary>
    public LineageValues? ValuesIn(int unitId, ReleaseStandings release, bool allowPartial, EstimateMethod method = EstimateMethod.PopulationWeighted)
    {
        var scored = release.Values;
        if (scored.TryGetValue(unitId, out var own))
            return new LineageValues(own, null);

        if (!_predecessors[unitId].Any())
            return null;
        var inputs = new List<int>();
        var missing = new List<int>();
        Resolve(unitId, scored, inputs, missing, [unitId]);
        if (inputs.Count == 0 || (missing.Count > 0 && !allowPartial))
            return new LineageValues(new ProvinceValues(unitId, new Dictionary<string, decimal>()), new Estimate(inputs, missing, Partial: false, NoWeights));

        var populations = method == EstimateMethod.PopulationWeighted ? PopulationsIn(release.SurveyYear, inputs) : NoWeights;
        decimal WeightOf(int id) => populations.Count == 0 ? 1m : populations[id].Population;

        var partial = missing.Count > 0;
        var values = new Dictionary<string, decimal>();
        foreach (var subDimension in release.Version.SubDimensions)
        {
            var present = inputs
                .Where(id => scored[id].BySubDimension.ContainsKey(subDimension.Code))
                .Select(id => (Value: scored[id].BySubDimension[subDimension.Code], Weight: WeightOf(id)))
                .ToList();
            if (present.Count == 0 || (present.Count < inputs.Count && !allowPartial))
                continue;
            partial |= present.Count < inputs.Count;
            values[subDimension.Code] = present.Sum(p => p.Value * p.Weight) / present.Sum(p => p.Weight);
        }
        return new LineageValues(new ProvinceValues(unitId, values), new Estimate(inputs, missing, partial, populations));
    }

    private static readonly IReadOnlyDictionary<int, UnitPopulation> NoWeights = new Dictionary<int, UnitPopulation>();

    /// <summary>
    /// Each unit's population in the survey year, or in the nearest earlier year with a figure (a census
    /// year's figure serves until the next); none at all when some unit has no figure up to that year.
    /// </summary>
    private IReadOnlyDictionary<int, UnitPopulation> PopulationsIn(int surveyYear, IReadOnlyList<int> unitIds)
    {
        var found = unitIds
            .Select(id => _populations[id].Where(p => p.Year <= surveyYear).MaxBy(p => p.Year))
            .ToList();
        return found.Any(p => p is null) ? NoWeights : found.ToDictionary(p => p!.UnitId, p => p!);
    }

    /// <summary>
    /// Walks down from the unit: a scored predecessor is an input; an unscored one counts through its own
    /// predecessors, or is missing when it has none. A predecessor listed without any value (Bắc Giang in
    /// PAPI 2021) was not scored.
    /// </summary>
    private void Resolve(int unitId, IReadOnlyDictionary<int, ProvinceValues> scored, List<int> inputs, List<int> missing, HashSet<int> seen)
    {
        foreach (var predecessor in _predecessors[unitId])
        {
            if (!seen.Add(predecessor.Id))
                continue;
            if (scored.TryGetValue(predecessor.Id, out var values) && values.BySubDimension.Count > 0)
                inputs.Add(predecessor.Id);
            else if (_predecessors[predecessor.Id].Any())
                Resolve(predecessor.Id, scored, inputs, missing, seen);
            else
                missing.Add(predecessor.Id);
        }
    }
}
