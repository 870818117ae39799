namespace PapiTracker.Domain.Frameworks;

/// <summary>
/// An index a province is scored on (bộ chỉ số): PAPI first; PCI, PAR INDEX and SIPAS share the shape,
/// so the structure is data, one <see cref="FrameworkVersion"/> per span of survey years.
/// </summary>
public sealed class IndexFramework
{
    /// <summary>The framework a request means when it names none: the API began with PAPI alone.</summary>
    public const string DefaultCode = "PAPI";

    private readonly List<FrameworkVersion> _versions = [];

    private IndexFramework() { }

    public static IndexFramework Create(string code, string nameVi, string nameEn, int publishedDecimals) =>
        new() { Code = code, NameVi = nameVi, NameEn = nameEn, PublishedDecimals = publishedDecimals };

    public FrameworkVersion AddVersion(string code, int firstYear, int? lastYear)
    {
        var version = FrameworkVersion.Create(code, firstYear, lastYear);
        _versions.Add(version);
        return version;
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public string NameVi { get; private set; } = "";
    public string NameEn { get; private set; } = "";

    /// <summary>
    /// Decimals the publisher prints in its tables: how readers display a score. Nothing is computed at
    /// this precision; sums, deltas, gaps and ranks take the values at the precision of the file.
    /// </summary>
    public int PublishedDecimals { get; private set; }

    public IReadOnlyList<FrameworkVersion> Versions => _versions;

    /// <summary>The version whose structure the given survey year was scored on, if any.</summary>
    public FrameworkVersion? VersionForYear(int surveyYear) =>
        _versions.SingleOrDefault(v => v.Covers(surveyYear));
}
