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

    /// <summary>
    /// Between the folded texts of a <see cref="SearchKey"/>, so that a search finds words within one
    /// text, not the end of one and the start of the next.
    /// </summary>
    public const string KeySeparator = " | ";

    public static string Fold(string text)
    {
        var decomposed = Normalisable(text.Trim()).Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            switch (FoldCharacter(c))
            {
                case null:
                    continue;
                case ' ':
                    if (!lastWasSpace && folded.Length > 0)
                        folded.Append(' ');
                    lastWasSpace = true;
                    break;
                case { } kept:
                    folded.Append(kept);
                    lastWasSpace = false;
                    break;
            }
        }
        return folded.ToString().TrimEnd();
    }

    /// <summary>
    /// The text without what Unicode normalisation refuses — a surrogate without its pair, a noncharacter —
    /// which a search box or a pasted name can carry: they match nothing, so they are left out, not refused.
    /// </summary>
    private static string Normalisable(string text)
    {
        if (!text.Any(c => char.IsSurrogate(c) || IsNoncharacter(c)))
            return text;
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                kept.Append(text[i]).Append(text[++i]);
            else if (!char.IsSurrogate(text[i]) && !IsNoncharacter(text[i]))
                kept.Append(text[i]);
        }
        return kept.ToString();
    }

    private static bool IsNoncharacter(char c) => c is >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF';

    /// <summary>
    /// What <see cref="Fold"/> makes of one character of the decomposed text: null for a mark it drops
    /// (and a noncharacter), a space for anything that separates words, else the character in lower
    /// case. Public so that a fold written in another language (the SQL that fills stored keys) follows
    /// the same rule.
    /// </summary>
    public static char? FoldCharacter(char c) => c switch
    {
        _ when CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || IsNoncharacter(c) => null,
        'đ' or 'Đ' => 'd',
        '-' or '_' or '.' or ',' => ' ',
        _ when char.IsWhiteSpace(c) => ' ',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>
    /// The texts a record is searched by, each folded, the missing ones left out, joined by
    /// <see cref="KeySeparator"/>: stored beside the record so that a search is one
    /// <c>Contains(Fold(search))</c> in SQL.
    /// </summary>
    public static string SearchKey(params string?[] texts) =>
        string.Join(KeySeparator, texts.OfType<string>().Select(Fold));
}
