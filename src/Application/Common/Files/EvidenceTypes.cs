using System.IO.Compression;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Common.Files;

/// <summary>
/// The evidence formats accepted (PDF, DOCX, XLSX, JPG, PNG), recognised by their content as well as
/// their name: a renamed executable is refused whatever it is called.
/// </summary>
public static class EvidenceTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
    };

    /// <summary>What a download of an accepted file answers with (the type recognised at upload).</summary>
    public static IReadOnlyList<string> ContentTypes { get; } = ByExtension.Values.Distinct().ToList();

    /// <summary>The content type of a seekable upload, or 415 when name and content do not agree on an accepted type.</summary>
    public static string ContentTypeOf(Stream content, string fileName)
    {
        var extension = Path.GetExtension(fileName);
        if (!ByExtension.TryGetValue(extension, out var contentType))
            throw new UnsupportedMediaTypeException(Messages.EvidenceType(extension));
        var head = new byte[8];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        var matches = extension.ToLowerInvariant() switch
        {
            ".pdf" => read >= 5 && head.AsSpan(0, 5).SequenceEqual("%PDF-"u8),
            ".jpg" or ".jpeg" => read >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF,
            ".png" => read >= 8 && head.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }),
            ".docx" => IsOfficePackage(content, "word/document.xml"),
            ".xlsx" => IsOfficePackage(content, "xl/workbook.xml"),
            _ => false,
        };
        content.Position = 0;
        return matches ? contentType : throw new UnsupportedMediaTypeException(Messages.NotWhatItsNameSays(Path.GetFileName(fileName)));
    }

    private static bool IsOfficePackage(Stream content, string mainPart)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry(mainPart) is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
