namespace PapiTracker.Domain.Scores;

/// <summary>A province's published value on one sub-dimension, as printed by the publisher.</summary>
public sealed class ProvinceScore
{
    public const int Precision = 12;
    public const int Scale = 9;

    private ProvinceScore() { }

    internal ProvinceScore(int subDimensionId, decimal value)
    {
        SubDimensionId = subDimensionId;
        Value = value;
    }

    public int ReleaseEntryId { get; private set; }
    public int SubDimensionId { get; private set; }
    public decimal Value { get; private set; }
}
