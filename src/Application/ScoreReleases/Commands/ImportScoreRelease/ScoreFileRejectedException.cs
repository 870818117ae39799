namespace PapiTracker.Application.ScoreReleases.Commands.ImportScoreRelease;

/// <summary>One thing wrong with an uploaded score file, located by row and column.</summary>
public sealed record ScoreFileProblem(int Row, string? Column, string Message);

/// <summary>The file was refused whole (400); nothing was written.</summary>
public sealed class ScoreFileRejectedException(IReadOnlyList<ScoreFileProblem> problems)
    : Exception($"The score file has {problems.Count} problem(s); nothing was imported.")
{
    public IReadOnlyList<ScoreFileProblem> Problems { get; } = problems;
}
