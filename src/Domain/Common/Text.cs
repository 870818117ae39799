using System.Globalization;

namespace PapiTracker.Domain.Common;

/// <summary>
/// A message for people in both languages of the product, side by side: every problem the API can
/// answer is one of these (see <see cref="Messages"/>), so no screen shows one language in the title
/// and another in the detail. <see cref="Code"/> names the entry of the catalogue.
/// </summary>
public sealed record Text(string Code, string Vi, string En)
{
    /// <summary>English for a culture whose language is English, Vietnamese (the product's default) for any other.</summary>
    public string In(CultureInfo culture) => IsEnglish(culture) ? En : Vi;

    /// <summary>In the language of the request being served (its CurrentUICulture).</summary>
    public string Current => In(CultureInfo.CurrentUICulture);

    public override string ToString() => Current;

    public static implicit operator string(Text text) => text.Current;

    public static bool IsEnglish(CultureInfo culture) =>
        string.Equals(culture.TwoLetterISOLanguageName, "en", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// A problem the caller can fix or must know about; its message is a <see cref="Text"/> of the catalogue,
/// answered in the caller's language. <see cref="Exception.Message"/> is the English one, for logs.
/// </summary>
public abstract class ProblemException(Text text) : Exception(text.En)
{
    public Text Text { get; } = text;
}
