using PapiTracker.Domain.Common;
using PapiTracker.Domain.Frameworks;

namespace PapiTracker.Domain.Scores;

/// <summary>A province's line in one revision of a release.</summary>
public sealed class ReleaseEntry
{
    private readonly List<ProvinceScore> _scores = [];

    private ReleaseEntry() { }

    public int Id { get; private set; }
    public int ScoreReleaseId { get; private set; }
    public int ProvinceId { get; private set; }

    /// <summary>The release's revision this line belongs to; only the release's current revision is ranked.</summary>
    public int Revision { get; private set; }
    public IReadOnlyList<ProvinceScore> Scores => _scores;

    /// <summary>
    /// The publisher's own total when the file carries one (PCI): the official figure, kept as printed;
    /// the total derived from the values is only compared with it.
    /// </summary>
    public decimal? PublishedTotal { get; private set; }

    internal static ReleaseEntry Create(int provinceId, int revision, IEnumerable<(SubDimension SubDimension, decimal Value)> values, decimal? publishedTotal)
    {
        var entry = new ReleaseEntry { ProvinceId = provinceId, Revision = revision, PublishedTotal = publishedTotal };
        foreach (var (subDimension, value) in values)
        {
            if (!subDimension.IsOnScale(value))
                throw new DomainException(Messages.ValueOutsideScale(value, subDimension.Code, subDimension.ScaleMin, subDimension.ScaleMax));
            if (entry._scores.Any(s => s.SubDimensionId == subDimension.Id))
                throw new DomainException(Messages.SubDimensionGivenTwice(subDimension.Code));
            entry._scores.Add(new ProvinceScore(subDimension.Id, value));
        }
        return entry;
    }
}
