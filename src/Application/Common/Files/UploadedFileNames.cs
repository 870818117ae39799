namespace PapiTracker.Application.Common.Files;

/// <summary>
/// The name an upload is kept and served under. Browsers send a bare name, but a hand-made request
/// may send a path (either slash), control characters that would break a header, or characters
/// Windows refuses; the stored name is the last segment, cleaned, and never empty.
/// </summary>
public static class UploadedFileNames
{
    private static readonly char[] NotOnWindows = ['<', '>', ':', '"', '|', '?', '*'];

    public static string Safe(string fileName, string fallback)
    {
        var name = fileName.Split('/', '\\')[^1];
        name = new string(name.Where(c => !char.IsControl(c)).Select(c => NotOnWindows.Contains(c) ? '_' : c).ToArray());
        var extension = Path.GetExtension(name).TrimEnd(' ', '.');
        var stem = name[..^Path.GetExtension(name).Length].Trim(' ', '.');
        return (stem.Length == 0 ? fallback : stem) + extension;
    }
}
