using FluentValidation;

namespace PapiTracker.Application.ScoreReleases.Commands.ImportScoreRelease;

public sealed class ImportScoreReleaseCommandValidator : AbstractValidator<ImportScoreReleaseCommand>
{
    public ImportScoreReleaseCommandValidator()
    {
        RuleFor(c => c.FileName).NotEmpty().MaximumLength(Domain.Scores.ScoreRelease.SourceMaxLength);
        RuleFor(c => c.Length).GreaterThan(0).WithMessage("The file is empty.").OverridePropertyName("file");
        RuleFor(c => c.Framework).NotEmpty();
    }
}
