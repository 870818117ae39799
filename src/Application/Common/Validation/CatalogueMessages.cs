using FluentValidation;
using FluentValidation.Resources;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Common.Validation;

/// <summary>Validators' messages come from the catalogue (<see cref="Messages"/>), in the language of the request.</summary>
public static class CatalogueMessages
{
    /// <summary>
    /// The rule's message from the catalogue, chosen when the rule fails (validators are singletons:
    /// a message fixed when they are built would be in whatever language the first request spoke).
    /// </summary>
    public static IRuleBuilderOptions<T, TProperty> WithText<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, Text text) =>
        rule.WithMessage(_ => text.Current);

    /// <summary>FluentValidation's built-in rules answer with the catalogue's <see cref="Messages.Rules"/>.</summary>
    public static void UseForBuiltInRules() => ValidatorOptions.Global.LanguageManager = new CatalogueLanguageManager();

    private sealed class CatalogueLanguageManager : LanguageManager
    {
        public CatalogueLanguageManager()
        {
            foreach (var (key, text) in Messages.Rules)
            {
                AddTranslation("vi", key, text.Vi);
                AddTranslation("en", key, text.En);
            }
        }
    }
}
