using FluentValidation;

namespace PapiTracker.Application.UnitTests;

internal static class ValidationAssertions
{
    /// <summary>The fields a validator refuses in a message, each with its first error text.</summary>
    public static Dictionary<string, string> FieldErrors<T>(this IValidator<T> validator, T message) =>
        validator.Validate(message).Errors
            .GroupBy(e => e.PropertyName)
            .ToDictionary(g => g.Key, g => g.First().ErrorMessage);
}
