using PapiTracker.Domain.Frameworks;

namespace PapiTracker.Domain.Scores;

/// <summary>Why a change against the previous year cannot be given.</summary>
public enum ChangeUnavailableReason
{
    NoPreviousRelease,
    FrameworkVersionChanged,
    NotScoredThisYear,
    NotScoredPreviousYear,
}

/// <summary>
/// Change of a score and rank against the previous survey year. Rank change is positive when the
/// province rose (13th → 8th is +5), as plans state their targets.
/// </summary>
public sealed record ScoreChange(decimal? Delta, int? RankChange, ChangeUnavailableReason? UnavailableBecause)
{
    internal static ScoreChange Unavailable(ChangeUnavailableReason reason) => new(null, null, reason);
}

/// <summary>
/// Compares a release with the one of the year before. A part compares only where its structure did
/// not change: the total needs one framework version, a dimension the same sub-dimensions on the
/// same scales, a sub-dimension the same scale.
/// </summary>
public sealed class YearOnYear(ReleaseStandings current, ReleaseStandings? previous)
{
    public ScoreChange Total(ProvinceStanding standing) =>
        Compare(standing.Total, previous?.For(standing.ProvinceId)?.Total, previous?.Version.Code == current.Version.Code);

    public ScoreChange Dimension(ProvinceStanding standing, DimensionStanding dimension)
    {
        var before = previous?.For(standing.ProvinceId)?.Dimension(dimension.Dimension.Code);
        var structureKept = previous?.Version.Dimensions.Any(d => d.HasSameStructureAs(dimension.Dimension)) ?? false;
        return Compare(dimension.Placing, before?.Placing, structureKept);
    }

    public ScoreChange SubDimension(ProvinceStanding standing, SubDimensionValue value)
    {
        var code = value.SubDimension.Code;
        var before = previous?.For(standing.ProvinceId)?.Dimensions
            .SelectMany(d => d.SubDimensions)
            .SingleOrDefault(s => s.SubDimension.Code == code);
        var scaleKept = previous?.Version.SubDimensions.Any(s => s.HasSameScaleAs(value.SubDimension)) ?? false;
        return Compare(value.Placing, before?.Placing, scaleKept);
    }

    private ScoreChange Compare(Placing now, Placing? before, bool comparable)
    {
        if (previous is null) return ScoreChange.Unavailable(ChangeUnavailableReason.NoPreviousRelease);
        if (now.Score is null) return ScoreChange.Unavailable(ChangeUnavailableReason.NotScoredThisYear);
        if (!comparable) return ScoreChange.Unavailable(ChangeUnavailableReason.FrameworkVersionChanged);
        if (before?.Score is null) return ScoreChange.Unavailable(ChangeUnavailableReason.NotScoredPreviousYear);
        return new ScoreChange(now.Score - before.Score, before.Rank - now.Rank, null);
    }
}
