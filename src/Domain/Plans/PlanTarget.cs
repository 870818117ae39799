using PapiTracker.Domain.Common;

namespace PapiTracker.Domain.Plans;

/// <summary>What a target is set on.</summary>
public enum TargetKind
{
    TotalRank,
    TotalScore,
    DimensionScore,
    SubDimensionScore,
}

/// <summary>
/// A target (mục tiêu) on one of the plan's indices: a value on its total rank, total score, a dimension or a sub-dimension.
/// Ranks are better when lower, scores when higher; whether it is met is derived from the releases.
/// </summary>
public sealed class PlanTarget
{
    private PlanTarget() { }

    public int Id { get; private set; }
    public int PlanId { get; private set; }
    /// <summary>The index it is set on: one of the plan's.</summary>
    public string Framework { get; private set; } = "";
    public TargetKind Kind { get; private set; }

    /// <summary>Dimension ("5") or sub-dimension ("8.3") code; null for the total.</summary>
    public string? Code { get; private set; }
    public decimal Value { get; private set; }
    public string? NoteVi { get; private set; }
    public string? NoteEn { get; private set; }

    public bool LowerIsBetter => Kind == TargetKind.TotalRank;

    internal static PlanTarget Create(string framework, TargetKind kind, string? code, decimal value, string? noteVi, string? noteEn)
    {
        var needsCode = kind is TargetKind.DimensionScore or TargetKind.SubDimensionScore;
        if (needsCode != (code is not null))
            throw new DomainException(needsCode ? Messages.TargetNeedsCode(kind.ToString()) : Messages.TargetOnTotal(kind.ToString()));
        if (kind == TargetKind.TotalRank && (value < 1 || value != decimal.Truncate(value)))
            throw new DomainException(Messages.RankTargetWholeNumber);
        return new PlanTarget { Framework = framework, Kind = kind, Code = code, Value = value, NoteVi = noteVi, NoteEn = noteEn };
    }

    /// <summary>Met when the achieved value is at least as good as the target; unknown without a value.</summary>
    public bool? IsMetBy(decimal? achieved) =>
        achieved is null ? null : LowerIsBetter ? achieved <= Value : achieved >= Value;
}
