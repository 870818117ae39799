using PapiTracker.Domain.Common;

namespace PapiTracker.Domain.Frameworks;

/// <summary>
/// A sub-dimension (chỉ số nội dung thành phần), e.g. 2.3, with the scale its values lie on: the level
/// whose values a release file carries (PCI's sub-indices, PAR INDEX's fields, SIPAS's factors).
/// </summary>
public sealed class SubDimension
{
    public const int UnitMaxLength = 16;

    private SubDimension() { }

    internal static SubDimension Create(string code, int position, string nameVi, string nameEn, decimal scaleMin, decimal scaleMax, string? unit = null, decimal? weight = null)
    {
        if (scaleMin >= scaleMax)
            throw new DomainException(Messages.ScaleMinBelowMax(code));
        return new()
        {
            Code = code, Position = position, NameVi = nameVi, NameEn = nameEn, ScaleMin = scaleMin, ScaleMax = scaleMax, Unit = unit, Weight = weight,
        };
    }

    public int Id { get; private set; }
    public int DimensionId { get; private set; }

    /// <summary>"2.3": dimension number, dot, position.</summary>
    public string Code { get; private set; } = "";
    public int Position { get; private set; }
    public string NameVi { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public decimal ScaleMin { get; private set; }
    public decimal ScaleMax { get; private set; }

    /// <summary>What a value counts ("points", "%"); null when the publisher names none.</summary>
    public string? Unit { get; private set; }

    /// <summary>Its weight in its dimension when the dimension is a weighted sum; null otherwise.</summary>
    public decimal? Weight { get; private set; }

    public bool IsOnScale(decimal value) => value >= ScaleMin && value <= ScaleMax;

    public bool HasSameScaleAs(SubDimension other) =>
        Code == other.Code && ScaleMin == other.ScaleMin && ScaleMax == other.ScaleMax;

    internal AggregatedPart Part(decimal value) => new(value, ScaleMin, ScaleMax, Weight);
}
