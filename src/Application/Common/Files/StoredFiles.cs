using FluentValidation;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Validation;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Common.Files;

/// <summary>A command that brings a file to keep with a record: the bytes, the name the browser gave, the length it announced.</summary>
public interface IFileUploadCommand
{
    Stream Content { get; }
    string FileName { get; }
    long Length { get; }
}

public static class FileUploadRules
{
    /// <summary>
    /// What every kept file must have before anything is read: a name that fits, and some bytes. Added to the use
    /// case's own validator (not included from another) so the API description still reads them.
    /// </summary>
    public static void ValidateUpload<T>(this AbstractValidator<T> validator)
        where T : class, IFileUploadCommand
    {
        validator.RuleFor(c => c.FileName).NotEmpty().MaximumLength(StoredFile.FileNameMaxLength);
        validator.RuleFor(c => c.Length).GreaterThan(0).WithText(Messages.FileEmpty).OverridePropertyName("file");
    }
}

/// <summary>A kept file's row, projected: where its bytes are and what they are called.</summary>
public sealed record StoredFileName(string Sha256, string FileName, string ContentType);

/// <summary>The one way in and out for <see cref="StoredFile"/>s: evidence and report attachments are uploaded and served alike.</summary>
public static class StoredFiles
{
    /// <summary>Refuses an announced length past the limit (413) before the record is even looked up.</summary>
    public static void EnsureWithinLimit(IFileUploadCommand upload)
    {
        if (upload.Length > StoredFile.MaxBytes)
            throw new PayloadTooLargeException(StoredFile.MaxBytes);
    }

    /// <summary>
    /// Cleans the name (<paramref name="fallbackName"/> when nothing is left of it), checks the type by content (415),
    /// stores the bytes once per hash (413 past the limit while streaming) and says what the kept row records.
    /// </summary>
    public static async Task<FileUpload> SaveUploadAsync(this IFileStore files, IFileUploadCommand upload, string fallbackName,
        TimeProvider clock, Guid? uploadedBy, CancellationToken ct)
    {
        var fileName = UploadedFileNames.Safe(upload.FileName, fallbackName);
        var (contentType, stored) = await files.SaveCheckedAsync(upload.Content, fileName, StoredFile.MaxBytes, ct);
        return new FileUpload(fileName, contentType, stored.SizeBytes, stored.Sha256, clock.GetUtcNow(), uploadedBy);
    }

    public static FileDownload Download(this IFileStore files, StoredFileName file) =>
        new(files.OpenRead(file.Sha256), file.FileName, file.ContentType);
}
