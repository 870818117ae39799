namespace PapiTracker.Application.ScoreReleases.Queries.GetScoreReleases;

public sealed record ScoreReleaseDto(
    int Id,
    string Framework,
    string FrameworkVersion,
    int SurveyYear,
    int Provinces,
    string Source,
    DateTimeOffset ImportedAt,
    int Revision);
