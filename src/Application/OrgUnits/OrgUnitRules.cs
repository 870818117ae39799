using FluentValidation;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Application.OrgUnits;

/// <summary>Field rules shared by creating and editing a unit; lengths are the ones the database enforces.</summary>
internal static class OrgUnitRules
{
    public static void ValidNames<T>(this AbstractValidator<T> validator, Func<T, string?> code, Func<T, string> nameVi, Func<T, string?> nameEn)
    {
        validator.RuleFor(x => code(x)).MaximumLength(OrgUnit.CodeMaxLength).OverridePropertyName("code");
        validator.RuleFor(x => nameVi(x)).NotEmpty().MaximumLength(OrgUnit.NameMaxLength).OverridePropertyName("nameVi");
        validator.RuleFor(x => nameEn(x)).MaximumLength(OrgUnit.NameMaxLength).OverridePropertyName("nameEn");
    }
}
