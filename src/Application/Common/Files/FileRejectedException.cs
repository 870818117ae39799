using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Common.Files;

/// <summary>One thing wrong with an uploaded file, located by row and column; the message is in the caller's language.</summary>
public sealed record FileProblem(int Row, string? Column, string Message);

/// <summary>The file was refused whole (400); nothing was written.</summary>
public sealed class FileRejectedException(IReadOnlyList<FileProblem> problems)
    : ProblemException(Messages.FileRejected(problems.Count))
{
    public const int MaxProblemsListed = 500;

    public IReadOnlyList<FileProblem> Problems { get; } = problems.Take(MaxProblemsListed).ToList();
}
