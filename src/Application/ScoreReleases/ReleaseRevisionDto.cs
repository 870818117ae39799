using PapiTracker.Domain.Scores;

namespace PapiTracker.Application.ScoreReleases;

/// <summary>
/// One revision of a release: where its values came from, who made it (a user or an API token; neither for
/// the operator's command line), and what it changed against the revision before.
/// </summary>
public sealed record ReleaseRevisionDto(
    int Number,
    RevisionKind Kind,
    bool IsCurrent,
    string Source,
    string? Sha256,
    int? RestoredFrom,
    DateTimeOffset At,
    Guid? UserId,
    string? UserDisplayName,
    int? ApiTokenId,
    int Provinces,
    int Values,
    int ProvincesAdded,
    int ProvincesRemoved,
    int ProvincesChanged,
    int ValuesChanged,
    int RanksMoved);
