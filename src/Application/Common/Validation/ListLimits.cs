using System.Collections;
using FluentValidation;
using FluentValidation.Validators;

namespace PapiTracker.Application.Common.Validation;

/// <summary>A list's size limit the API document can read (a lambda in Must cannot be read).</summary>
public interface IMaxItemsValidator
{
    int MaxItems { get; }
}

public static class ListLimits
{
    /// <summary>At most <paramref name="max"/> entries; a missing list passes (NotEmpty says whether one is needed).</summary>
    public static IRuleBuilderOptions<T, TList> MaxItems<T, TList>(this IRuleBuilder<T, TList> rule, int max) where TList : IEnumerable? =>
        rule.SetValidator(new MaxItemsValidator<T, TList>(max));

    private sealed class MaxItemsValidator<T, TList>(int max) : PropertyValidator<T, TList>, IMaxItemsValidator where TList : IEnumerable?
    {
        public override string Name => "MaxItemsValidator";

        public int MaxItems => max;

        public override bool IsValid(ValidationContext<T> context, TList value) =>
            value is null || (value is ICollection collection ? collection.Count : value.Cast<object?>().Count()) <= max;
    }
}
