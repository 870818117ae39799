using PapiTracker.Domain.Scores;

namespace PapiTracker.Domain.Frameworks;

/// <summary>
/// An index a province is scored on (bộ chỉ số): PAPI, PCI, PAR INDEX, SIPAS share the shape, so the
/// structure is data (a framework file or <c>POST /frameworks</c>), one <see cref="FrameworkVersion"/>
/// per span of survey years, with the rules its totals and ranks follow.
/// </summary>
public sealed class IndexFramework : Auditing.IAudited
{
    /// <summary>The framework a request means when it names none: the API began with PAPI alone.</summary>
    public const string DefaultCode = "PAPI";
    public const int ColumnMaxLength = 64;

    /// <summary>A derived total further than this from the published one is flagged (VCCI's totals reproduce to 0.005).</summary>
    public const decimal DefaultTotalTolerance = 0.005m;

    private readonly List<FrameworkVersion> _versions = [];

    private IndexFramework() { }

    public static IndexFramework Create(string code, string nameVi, string nameEn, int publishedDecimals) =>
        new() { Code = code, NameVi = nameVi, NameEn = nameEn, PublishedDecimals = publishedDecimals };

    public FrameworkVersion AddVersion(string code, int firstYear, int? lastYear, Aggregation? total = null, string? changes = null)
    {
        var version = FrameworkVersion.Create(code, firstYear, lastYear, total ?? Aggregation.Sum, changes);
        _versions.Add(version);
        return version;
    }

    /// <summary>Sets how ranks are read and how a published total in a file is checked (defaults: PAPI's).</summary>
    public IndexFramework WithRules(bool higherIsBetter, int? publishTopN, int? publishTopNFrom, string? totalColumn, decimal totalTolerance, IEnumerable<string> ignoredColumns)
    {
        HigherIsBetter = higherIsBetter;
        PublishTopN = publishTopN;
        PublishTopNFrom = publishTopN is null ? null : publishTopNFrom;
        TotalColumn = totalColumn;
        TotalTolerance = totalTolerance;
        IgnoredColumns = ignoredColumns.ToList();
        return this;
    }

    /// <summary>
    /// How a unit created after a survey (the 34 of 1 July 2025) is estimated from its predecessors when a
    /// reader asks for no method: the simple mean unless the framework says otherwise, as DTI 2024 did.
    /// </summary>
    public IndexFramework EstimatedBy(EstimateMethod method)
    {
        Estimate = method;
        return this;
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

    /// <summary>Direction: a higher score ranks first unless the index says lower is better.</summary>
    public bool HigherIsBetter { get; private set; } = true;

    /// <summary>The publisher ranks only its top N (VCCI from PCI 2023: 30); the others get a score and no rank.</summary>
    public int? PublishTopN { get; private set; }

    /// <summary>First survey year the top-N rule holds for; null = every year.</summary>
    public int? PublishTopNFrom { get; private set; }

    /// <summary>The file column that carries the publisher's own total (PCI: <c>pci_total</c>); null when totals are only derived.</summary>
    public string? TotalColumn { get; private set; }

    public decimal TotalTolerance { get; private set; } = DefaultTotalTolerance;

    /// <summary>File columns the import reads past (a source note, the publisher's rank, a pilot year's extra component).</summary>
    public List<string> IgnoredColumns { get; private set; } = [];

    /// <summary>The framework's estimate rule for merged units (PAPI: weighted by population where the figures allow).</summary>
    public EstimateMethod Estimate { get; private set; } = EstimateMethod.SimpleMean;

    public IReadOnlyList<FrameworkVersion> Versions => _versions;

    /// <summary>Defined by an operator: the trail is for admins.</summary>
    string? Auditing.IAudited.AuditUnitPath => null;

    /// <summary>The version whose structure the given survey year was scored on, if any.</summary>
    public FrameworkVersion? VersionForYear(int surveyYear) =>
        _versions.SingleOrDefault(v => v.Covers(surveyYear));

    /// <summary>How a survey year's ranks are made and its published totals checked.</summary>
    public RankRules RulesFor(int surveyYear) =>
        new(HigherIsBetter, PublishTopN is { } n && (PublishTopNFrom is null || surveyYear >= PublishTopNFrom) ? n : null, TotalTolerance);
}

/// <param name="PublishTopN">Only the first N get a rank; null = all.</param>
/// <param name="TotalTolerance">A derived total further than this from a published one is flagged.</param>
public sealed record RankRules(bool HigherIsBetter, int? PublishTopN, decimal TotalTolerance)
{
    /// <summary>PAPI's: higher is better, every province ranked, totals only derived.</summary>
    public static readonly RankRules Default = new(true, null, IndexFramework.DefaultTotalTolerance);
}
