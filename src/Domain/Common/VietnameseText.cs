using System.Globalization;
using System.Text;

namespace PapiTracker.Domain.Common;

/// <summary>
/// Accent-insensitive matching for Vietnamese names: "bac giang", "Bac Giang" and "Bắc Giang" fold
/// to the same key. Đ/đ is a letter of its own, not a d with a mark, so Unicode decomposition alone
/// leaves it alone; it is mapped by hand.
/// </summary>
public static class VietnameseText
{
    /// <summary>Sorting as a Vietnamese reader expects (Bà Rịa before Bạc Liêu before Bắc Giang), case-insensitive.</summary>
    public static readonly StringComparer Order = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);

    public static string Fold(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            var mapped = c switch
            {
                'đ' or 'Đ' => 'd',
                '-' or '_' or '.' or ',' => ' ',
                _ => char.ToLowerInvariant(c),
            };
            if (char.IsWhiteSpace(mapped))
            {
                if (!lastWasSpace && folded.Length > 0)
                    folded.Append(' ');
                lastWasSpace = true;
                continue;
            }
            folded.Append(mapped);
            lastWasSpace = false;
        }
        return folded.ToString().TrimEnd();
    }
}
