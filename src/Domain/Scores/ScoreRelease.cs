using PapiTracker.Domain.Common;
using PapiTracker.Domain.Frameworks;

namespace PapiTracker.Domain.Scores;

/// <summary>
/// One survey year's published result of a framework (kết quả công bố): every province's
/// sub-dimension values. Dimension scores, totals, ranks and groups are derived from it by
/// <see cref="ReleaseStandings"/>, never stored.
/// </summary>
public sealed class ScoreRelease
{
    public const int SourceMaxLength = 260;

    private readonly List<ReleaseEntry> _entries = [];

    private ScoreRelease() { }

    public int Id { get; private set; }
    public int FrameworkVersionId { get; private set; }
    public int SurveyYear { get; private set; }

    /// <summary>File or system the values came from.</summary>
    public string Source { get; private set; } = "";
    public DateTimeOffset ImportedAt { get; private set; }

    /// <summary>
    /// The current revision, the one rankings read: 1 on first import; each re-import or restore adds a
    /// revision and counts up. Earlier revisions keep their entries (see <see cref="ReleaseEntry.Revision"/>).
    /// </summary>
    public int Revision { get; private set; }

    public IReadOnlyList<ReleaseEntry> Entries => _entries;

    public static ScoreRelease Create(FrameworkVersion version, int surveyYear, string source, DateTimeOffset importedAt)
    {
        if (!version.Covers(surveyYear))
            throw new DomainException(Messages.YearNotOnVersion(surveyYear, version.Code));
        return new ScoreRelease
        {
            FrameworkVersionId = version.Id,
            SurveyYear = surveyYear,
            Source = source,
            ImportedAt = importedAt,
            Revision = 1,
        };
    }

    /// <summary>
    /// Starts the next revision (a re-import or a restore): the entries added from now on are the new
    /// revision's, whole, never merged row by row with the previous one, which stays as it was.
    /// </summary>
    public void StartRevision(string source, DateTimeOffset importedAt)
    {
        Source = source;
        ImportedAt = importedAt;
        Revision++;
        _entries.Clear();
    }

    /// <summary>
    /// Records a province's published values. A province may be listed with none ("data noise"
    /// exclusion): it then has no total and no rank that year.
    /// </summary>
    /// <param name="publishedTotal">The publisher's total for the province, when the file carries one.</param>
    public void AddEntry(int provinceId, IEnumerable<(SubDimension SubDimension, decimal Value)> values, decimal? publishedTotal = null)
    {
        if (_entries.Any(e => e.ProvinceId == provinceId && e.Revision == Revision))
            throw new DomainException(Messages.ProvinceListedTwice(SurveyYear, provinceId));
        _entries.Add(ReleaseEntry.Create(provinceId, Revision, values, publishedTotal));
    }
}
