using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PapiTracker.Api.IntegrationTests.Conventions;

/// <summary>Tells whether a message is in the language asked for: Vietnamese has letters and tone marks English never has.</summary>
internal static partial class ProblemLanguage
{
    public static readonly string[] Languages = ["vi", "en"];

    /// <summary>đ, and any letter that decomposes into a base letter and a mark (ă, ơ, ư, tones).</summary>
    public static bool HasVietnameseLetters(string text) =>
        text.Normalize(NormalizationForm.FormD).Any(c => c is 'đ' or 'Đ' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);

    /// <summary>
    /// Fails on a message that is empty or not in <paramref name="language"/>. English may quote the
    /// plan's own Vietnamese terms in parentheses, "(thường xuyên)", as officials write them.
    /// </summary>
    public static void ShouldBeIn(string? text, string language, string where)
    {
        text.ShouldNotBeNullOrWhiteSpace($"{where}: missing");
        if (language == "vi")
            HasVietnameseLetters(text!).ShouldBeTrue($"{where}: not Vietnamese: {text}");
        else
            HasVietnameseLetters(Parenthesized().Replace(text!, "")).ShouldBeFalse($"{where}: not English: {text}");
    }

    /// <summary>Every text of a problem (title, detail, field errors, file problems) in the one language asked for.</summary>
    public static void ShouldBeAllIn(JsonElement problem, string language, string where)
    {
        ShouldBeIn(problem.GetProperty("title").GetString(), language, $"{where} title");
        if (problem.TryGetProperty("detail", out var detail) && detail.ValueKind != JsonValueKind.Null)
            ShouldBeIn(detail.GetString(), language, $"{where} detail");
        if (problem.TryGetProperty("errors", out var errors))
        {
            foreach (var field in errors.EnumerateObject())
            {
                foreach (var message in field.Value.EnumerateArray())
                    ShouldBeIn(message.GetString(), language, $"{where} errors.{field.Name}");
            }
        }
        if (problem.TryGetProperty("problems", out var problems))
        {
            foreach (var item in problems.EnumerateArray())
                ShouldBeIn(item.GetProperty("message").GetString(), language, $"{where} problems");
        }
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesized();
}
