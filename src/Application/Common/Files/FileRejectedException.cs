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

    /// <summary>
    /// Refuses a table read whole when it has problems, or when it had no header or no row at all (a file
    /// with nothing in it is refused, not imported as nothing).
    /// </summary>
    public static void ThrowIfAny(List<FileProblem> problems, TableHeader? header, int rowsRead)
    {
        if (header is null)
            problems.Add(new(1, null, Messages.FileEmpty));
        else if (rowsRead == 0 && problems.Count == 0)
            problems.Add(new(2, null, Messages.FileHasNoRows));
        if (problems.Count > 0)
            throw new FileRejectedException(problems);
    }
}
