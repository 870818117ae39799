using FluentValidation;
using PapiTracker.Domain.Common;
using PapiTracker.Application.Common.Validation;

namespace PapiTracker.Application.ScoreReleases.Commands.ImportScoreRelease;

public sealed class ImportScoreReleaseCommandValidator : AbstractValidator<ImportScoreReleaseCommand>
{
    public ImportScoreReleaseCommandValidator()
    {
        RuleFor(c => c.FileName).NotEmpty().MaximumLength(Domain.Scores.ScoreRelease.SourceMaxLength);
        RuleFor(c => c.Length).GreaterThan(0).WithText(Messages.FileEmpty).OverridePropertyName("file");
        RuleFor(c => c.Framework).NotEmpty();
    }
}
