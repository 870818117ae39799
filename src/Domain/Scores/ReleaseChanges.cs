using PapiTracker.Domain.Frameworks;

namespace PapiTracker.Domain.Scores;

/// <summary>A published value that a new revision changes: null before when it adds one, null after when it drops one.</summary>
public sealed record ValueChange(int ProvinceId, string SubDimension, decimal? Before, decimal? After);

/// <summary>A province whose total rank differs between the two revisions (null = unranked).</summary>
public sealed record RankMove(int ProvinceId, int? Before, int? After);

/// <summary>
/// What a new revision of a release changes against the current one: provinces added, removed and
/// changed, every value changed, and the total ranks that move as <see cref="ReleaseStandings"/> ranks
/// them. A revision that removes a province, or changes more than
/// <see cref="ShareNeedingConfirmation"/> of the values, replaces an official release only when someone
/// confirms it.
/// </summary>
public sealed class ReleaseChanges
{
    /// <summary>More than a tenth of the published values changed is no correction any more: it needs a confirmation.</summary>
    public const decimal ShareNeedingConfirmation = 0.10m;

    private ReleaseChanges() { }

    public bool ReplacesARelease { get; private init; }
    public int ProvincesBefore { get; private init; }
    public int ProvincesAfter { get; private init; }
    public int ValuesBefore { get; private init; }
    public int ValuesAfter { get; private init; }
    public IReadOnlyList<int> ProvincesAdded { get; private init; } = [];
    public IReadOnlyList<int> ProvincesRemoved { get; private init; } = [];

    /// <summary>Provinces in both revisions with at least one value changed.</summary>
    public IReadOnlyList<int> ProvincesChanged { get; private init; } = [];
    public IReadOnlyList<ValueChange> ValueChanges { get; private init; } = [];
    public IReadOnlyList<RankMove> RankMoves { get; private init; } = [];

    public int ValuesChanged => ValueChanges.Count;

    /// <summary>Values changed, added or dropped, as a share of the values published before (0 for a first import).</summary>
    public decimal ShareOfValuesChanged => ValuesBefore == 0 ? 0 : Math.Round((decimal)ValuesChanged / ValuesBefore, 4);

    public bool NeedsConfirmation => ProvincesRemoved.Count > 0 || ShareOfValuesChanged > ShareNeedingConfirmation;

    /// <summary>Why <see cref="NeedsConfirmation"/>, in domain words; empty when it does not.</summary>
    public IReadOnlyList<string> ConfirmationReasons =>
    [
        .. ProvincesRemoved.Count > 0 ? [$"It removes {ProvincesRemoved.Count} of the {ProvincesBefore} provinces of the current revision."] : Array.Empty<string>(),
        .. ShareOfValuesChanged > ShareNeedingConfirmation
            ? [$"It changes {ValuesChanged} of {ValuesBefore} published values ({ShareOfValuesChanged:P0}), more than {ShareNeedingConfirmation:P0}."]
            : Array.Empty<string>(),
    ];

    /// <param name="before">The current revision's values; empty when the year has no release yet.</param>
    /// <param name="rules">The framework's rank rules for the year; PAPI's when null.</param>
    public static ReleaseChanges Between(
        int surveyYear, FrameworkVersion version, IReadOnlyCollection<ProvinceValues> before, IReadOnlyCollection<ProvinceValues> after, RankRules? rules = null)
    {
        var old = before.ToDictionary(p => p.ProvinceId);
        var @new = after.ToDictionary(p => p.ProvinceId);
        var codes = version.SubDimensions.Select(s => s.Code).ToList();

        var valueChanges = new List<ValueChange>();
        foreach (var provinceId in old.Keys.Union(@new.Keys).Order())
        {
            foreach (var code in codes)
            {
                var was = Stored(old.GetValueOrDefault(provinceId), code);
                var becomes = Stored(@new.GetValueOrDefault(provinceId), code);
                if (was != becomes)
                    valueChanges.Add(new ValueChange(provinceId, code, was, becomes));
            }
        }

        var rankMoves = new List<RankMove>();
        if (old.Count > 0)
        {
            var ranksBefore = ReleaseStandings.Compute(surveyYear, version, before, rules);
            var ranksAfter = ReleaseStandings.Compute(surveyYear, version, after, rules);
            foreach (var provinceId in old.Keys.Intersect(@new.Keys).Order())
            {
                var (was, becomes) = (ranksBefore.For(provinceId)!.Total.Rank, ranksAfter.For(provinceId)!.Total.Rank);
                if (was != becomes)
                    rankMoves.Add(new RankMove(provinceId, was, becomes));
            }
        }

        return new ReleaseChanges
        {
            ReplacesARelease = old.Count > 0,
            ProvincesBefore = old.Count,
            ProvincesAfter = @new.Count,
            ValuesBefore = before.Sum(p => p.BySubDimension.Count(v => codes.Contains(v.Key))),
            ValuesAfter = after.Sum(p => p.BySubDimension.Count(v => codes.Contains(v.Key))),
            ProvincesAdded = @new.Keys.Except(old.Keys).Order().ToList(),
            ProvincesRemoved = old.Keys.Except(@new.Keys).Order().ToList(),
            ProvincesChanged = valueChanges.Select(c => c.ProvinceId).Where(id => old.ContainsKey(id) && @new.ContainsKey(id)).Distinct().ToList(),
            ValueChanges = valueChanges,
            RankMoves = rankMoves,
        };
    }

    /// <summary>Values compare as stored (<see cref="ProvinceScore.Scale"/> decimals), so re-sending the stored file changes nothing.</summary>
    private static decimal? Stored(ProvinceValues? province, string code) =>
        province is not null && province.BySubDimension.TryGetValue(code, out var value)
            ? Math.Round(value, ProvinceScore.Scale, MidpointRounding.AwayFromZero)
            : null;
}
