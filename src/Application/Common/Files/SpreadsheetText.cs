namespace PapiTracker.Application.Common.Files;

/// <summary>
/// The one rule for text PapiTracker writes into a file a spreadsheet opens (CSV exports, report workbooks): text that
/// starts with = + - or @ would be run as a formula (formula injection), so each writer keeps it text its own way.
/// </summary>
public static class SpreadsheetText
{
    public static bool LooksLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@';
}
