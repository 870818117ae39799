namespace PapiTracker.Domain.Frameworks;

/// <summary>A dimension (chỉ số nội dung); its score is the sum of its sub-dimensions.</summary>
public sealed class Dimension
{
    private readonly List<SubDimension> _subDimensions = [];

    private Dimension() { }

    internal static Dimension Create(string code, int position, string nameVi, string nameEn) =>
        new() { Code = code, Position = position, NameVi = nameVi, NameEn = nameEn };

    public Dimension AddSubDimension(string code, string nameVi, string nameEn, decimal scaleMin, decimal scaleMax)
    {
        _subDimensions.Add(SubDimension.Create(code, _subDimensions.Count + 1, nameVi, nameEn, scaleMin, scaleMax));
        return this;
    }

    public int Id { get; private set; }
    public int FrameworkVersionId { get; private set; }

    /// <summary>"1" … "8" in PAPI.</summary>
    public string Code { get; private set; } = "";
    public int Position { get; private set; }
    public string NameVi { get; private set; } = "";
    public string NameEn { get; private set; } = "";

    public IReadOnlyList<SubDimension> SubDimensions => _subDimensions;

    public decimal ScaleMin => _subDimensions.Sum(s => s.ScaleMin);
    public decimal ScaleMax => _subDimensions.Sum(s => s.ScaleMax);

    /// <summary>
    /// Two versions' dimensions compare only if they are built from the same sub-dimensions on the
    /// same scales (PAPI's dimension 5 lost 5.2 in 2021, so 2021 vs 2020 is not comparable there).
    /// </summary>
    public bool HasSameStructureAs(Dimension other) =>
        Code == other.Code
        && _subDimensions.Count == other._subDimensions.Count
        && _subDimensions.All(s => other._subDimensions.Any(o => o.HasSameScaleAs(s)));
}
