using FluentValidation;
using PapiTracker.Application.Common.Validation;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Scores;

namespace PapiTracker.Application.Populations.Commands.ImportPopulations;

public sealed class ImportPopulationsCommandValidator : AbstractValidator<ImportPopulationsCommand>
{
    public ImportPopulationsCommandValidator()
    {
        RuleFor(c => c.FileName).NotEmpty().MaximumLength(PopulationFigure.SourceMaxLength);
        RuleFor(c => c.Length).GreaterThan(0).WithText(Messages.FileEmpty).OverridePropertyName("file");
    }
}
