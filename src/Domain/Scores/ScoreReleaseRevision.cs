using PapiTracker.Domain.Auditing;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Events;

namespace PapiTracker.Domain.Scores;

public enum RevisionKind
{
    /// <summary>The values came from a file (API upload or <c>make import</c>).</summary>
    Import,

    /// <summary>An admin made an earlier revision's values current again; they were copied into this one.</summary>
    Restore,
}

/// <summary>
/// One revision of a release: where its values came from (file name and SHA-256, or the revision it
/// restored), who made it and when, and what it changed against the revision before. Kept for ever with
/// its entries; creating one is an audit trail entry.
/// </summary>
public sealed class ScoreReleaseRevision : IAudited, IRaisesEvents
{
    public const int Sha256Length = Sha256Hex.Length;

    private readonly RaisedEvents _events = new();

    private ScoreReleaseRevision() { }

    public Guid Id { get; private set; }
    public int ScoreReleaseId { get; private set; }
    public int SurveyYear { get; private set; }
    public int Number { get; private set; }
    public RevisionKind Kind { get; private set; }

    /// <summary>The file name the values came from (a restore keeps the restored revision's).</summary>
    public string Source { get; private set; } = "";

    /// <summary>SHA-256 of the file, lower-case hex; null for revisions kept from before checksums were recorded.</summary>
    public string? Sha256 { get; private set; }
    public int? RestoredFrom { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid? UserId { get; private set; }
    public int? ApiTokenId { get; private set; }
    public int Provinces { get; private set; }
    public int Values { get; private set; }
    public int ProvincesAdded { get; private set; }
    public int ProvincesRemoved { get; private set; }
    public int ProvincesChanged { get; private set; }
    public int ValuesChanged { get; private set; }
    public int RanksMoved { get; private set; }

    /// <summary>Scores are national: their trail is for admins.</summary>
    string? IAudited.AuditUnitPath => null;

    RaisedEvents IRaisesEvents.Events => _events;

    /// <summary>Records the revision <paramref name="release"/> has just started, with what it changed.</summary>
    public static ScoreReleaseRevision Record(
        ScoreRelease release, RevisionKind kind, string? sha256, int? restoredFrom, Guid? userId, int? apiTokenId, ReleaseChanges changes)
    {
        if (release.Id == 0)
            throw new InvalidOperationException("The release is saved before its revisions are recorded.");
        if (kind == RevisionKind.Restore && (restoredFrom is null || restoredFrom >= release.Revision))
            throw new DomainException(Messages.RestoreNamesEarlierRevision);
        var revision = new ScoreReleaseRevision
        {
            Id = Guid.CreateVersion7(),
            ScoreReleaseId = release.Id,
            SurveyYear = release.SurveyYear,
            Number = release.Revision,
            Kind = kind,
            Source = release.Source,
            Sha256 = sha256,
            RestoredFrom = restoredFrom,
            At = release.ImportedAt,
            UserId = userId,
            ApiTokenId = apiTokenId,
            Provinces = changes.ProvincesAfter,
            Values = changes.ValuesAfter,
            ProvincesAdded = changes.ProvincesAdded.Count,
            ProvincesRemoved = changes.ProvincesRemoved.Count,
            ProvincesChanged = changes.ProvincesChanged.Count,
            ValuesChanged = changes.ValuesChanged,
            RanksMoved = changes.RankMoves.Count,
        };
        revision._events.Raise(new ScoreReleaseImported(revision));
        return revision;
    }
}
