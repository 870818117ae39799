namespace PapiTracker.Domain.Frameworks;

/// <summary>
/// The structure of a framework for a span of survey years. PAPI changed in 2019 (e-governance got
/// three sub-dimensions) and 2021 (5.2 construction permits removed), so scores are only comparable
/// across years that share a version, or at least share the part being compared.
/// </summary>
public sealed class FrameworkVersion
{
    private readonly List<Dimension> _dimensions = [];

    private FrameworkVersion() { }

    internal static FrameworkVersion Create(string code, int firstYear, int? lastYear) =>
        new() { Code = code, FirstYear = firstYear, LastYear = lastYear };

    public Dimension AddDimension(string code, string nameVi, string nameEn)
    {
        var dimension = Dimension.Create(code, _dimensions.Count + 1, nameVi, nameEn);
        _dimensions.Add(dimension);
        return dimension;
    }

    public int Id { get; private set; }
    public int FrameworkId { get; private set; }
    public string Code { get; private set; } = "";
    public int FirstYear { get; private set; }

    /// <summary>Null while the version is current.</summary>
    public int? LastYear { get; private set; }

    public IReadOnlyList<Dimension> Dimensions => _dimensions;

    public bool Covers(int surveyYear) => surveyYear >= FirstYear && (LastYear is null || surveyYear <= LastYear);

    public IEnumerable<SubDimension> SubDimensions => _dimensions.SelectMany(d => d.SubDimensions);
}
