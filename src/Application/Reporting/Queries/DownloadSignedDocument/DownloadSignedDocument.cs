using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Documents;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Reporting.Queries.DownloadSignedDocument;

/// <summary>A kept signed document, for those who see its unit; anyone else is told it does not exist.</summary>
[RequiresPermission(Permission.ReadPlans)]
public sealed record DownloadSignedDocumentQuery(long Id) : IQuery<FileDownload>;

public sealed class DownloadSignedDocumentQueryHandler(IApplicationDbContext db, AccessControl access, IFileStore files)
    : IQueryHandler<DownloadSignedDocumentQuery, FileDownload>
{
    public async ValueTask<FileDownload> Handle(DownloadSignedDocumentQuery query, CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(Permission.ReadPlans, cancellationToken);
        var units = db.OrgUnits.Within(scope).Select(u => u.Id);
        var document = await db.SignedDocuments.AsNoTracking()
            .Where(d => d.Id == query.Id && units.Contains(d.UnitId))
            .Select(d => new { d.Sha256, d.FileName })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Messages.Resources.SignedDocument, query.Id);
        return new FileDownload(files.OpenRead(document.Sha256), document.FileName, DocumentSignatures.PdfContentType);
    }
}
