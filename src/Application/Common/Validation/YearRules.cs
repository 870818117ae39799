using FluentValidation;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Common.Validation;

public static class YearRules
{
    /// <summary>A year within <see cref="SurveyYears"/> (an InclusiveBetween, so the API document shows the bounds).</summary>
    public static IRuleBuilderOptions<T, int> IsSurveyYear<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(SurveyYears.First, SurveyYears.Last);

    /// <summary>The same for a year the request may leave out.</summary>
    public static IRuleBuilderOptions<T, int?> IsSurveyYear<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(SurveyYears.First, SurveyYears.Last);
}
