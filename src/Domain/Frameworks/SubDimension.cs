using PapiTracker.Domain.Common;

namespace PapiTracker.Domain.Frameworks;

/// <summary>A sub-dimension (chỉ số nội dung thành phần), e.g. 2.3, with the scale its values lie on.</summary>
public sealed class SubDimension
{
    private SubDimension() { }

    internal static SubDimension Create(string code, int position, string nameVi, string nameEn, decimal scaleMin, decimal scaleMax)
    {
        if (scaleMin >= scaleMax)
            throw new DomainException(Messages.ScaleMinBelowMax(code));
        return new() { Code = code, Position = position, NameVi = nameVi, NameEn = nameEn, ScaleMin = scaleMin, ScaleMax = scaleMax };
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

    public bool IsOnScale(decimal value) => value >= ScaleMin && value <= ScaleMax;

    public bool HasSameScaleAs(SubDimension other) =>
        Code == other.Code && ScaleMin == other.ScaleMin && ScaleMax == other.ScaleMax;
}
