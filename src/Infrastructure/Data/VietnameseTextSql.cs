using System.Globalization;
using System.Text;
using PapiTracker.Domain.Common;

namespace PapiTracker.Infrastructure.Data;

/// <summary>
/// <see cref="VietnameseText.SearchKey"/> as a PostgreSQL expression, to fill the stored keys of rows
/// written before the key existed. It is generated from <see cref="VietnameseText.FoldCharacter"/>
/// over every character of the Basic Multilingual Plane, so it folds as the domain does, not merely
/// like it: normalize(…, NFD) decomposes as .NET does, one regular expression drops the marks, one
/// translate() maps every other character the rule changes, then spaces collapse and are trimmed.
/// Characters beyond the BMP are surrogate pairs to .NET, which the rule keeps as they are; so does
/// the SQL. No extension (unaccent) and no dependence on the database's locale.
/// </summary>
internal static class VietnameseTextSql
{
    private static readonly char[] Bmp = Enumerable.Range(1, char.MaxValue).Select(c => (char)c).Where(c => !char.IsSurrogate(c)).ToArray();

    // translate() finds a character by scanning its list from the start: listing ASCII first, even
    // where the rule keeps it, ends the scan within 128 steps for most characters of ordinary text.
    private static readonly char[] Mapped = Bmp.Where(c => VietnameseText.FoldCharacter(c) is { } folded && (c < 0x80 || folded != c)).ToArray();
    private static readonly string From = Literal(new string(Mapped));
    private static readonly string To = Literal(string.Concat(Mapped.Select(c => VietnameseText.FoldCharacter(c)!.Value)));
    private static readonly string Marks = Literal(MarkClass());

    /// <summary>The search key of the given nullable text columns, in the domain's order.</summary>
    public static string SearchKey(params string[] columns) =>
        $"concat_ws({Literal(VietnameseText.KeySeparator)}, {string.Join(", ", columns.Select(Fold))})";

    private static string Fold(string column) =>
        $"btrim(regexp_replace(translate(regexp_replace(normalize({column}, NFD), {Marks}, '', 'g'), {From}, {To}), ' {{2,}}', ' ', 'g'), ' ')";

    /// <summary>A bracket expression of the characters the rule drops, runs of neighbours as ranges.</summary>
    private static string MarkClass()
    {
        var dropped = Bmp.Where(c => VietnameseText.FoldCharacter(c) is null).ToArray();
        var expression = new StringBuilder("[");
        for (var i = 0; i < dropped.Length; i++)
        {
            var first = dropped[i];
            while (i + 1 < dropped.Length && dropped[i + 1] == dropped[i] + 1)
                i++;
            expression.Append(first);
            if (dropped[i] != first)
                expression.Append('-').Append(dropped[i]);
        }
        return expression.Append(']').ToString();
    }

    /// <summary>An escape string literal with every character outside printable ASCII as \uXXXX, so the SQL stays plain text.</summary>
    private static string Literal(string text)
    {
        var literal = new StringBuilder("E'");
        foreach (var c in text)
        {
            if (c is '\\' or '\'')
                literal.Append('\\').Append(c);
            else if (c is >= ' ' and <= '~')
                literal.Append(c);
            else
                literal.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
        }
        return literal.Append('\'').ToString();
    }
}
