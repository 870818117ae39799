using FluentValidation;

namespace PapiTracker.Application.Common.Models;

/// <summary>The paging rules every list query shares.</summary>
public static class PageRules
{
    public static void ValidPage<T>(this AbstractValidator<T> validator, Func<T, int> page, Func<T, int> pageSize)
    {
        validator.RuleFor(x => page(x)).GreaterThanOrEqualTo(1).OverridePropertyName("page");
        validator.RuleFor(x => pageSize(x)).InclusiveBetween(1, PagedList<object>.MaxPageSize).OverridePropertyName("pageSize");
    }
}
